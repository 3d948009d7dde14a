/**
 * What a capture never fetches: images, video, audio and fonts (DESIGN §3 rule 1; fonts because an
 * icon font can carry pictures and nothing in the evidence depends on them). The browser's own
 * resource type decides first; a URL that looks like such a file is blocked whatever asked for it.
 */
export const BLOCKED_RESOURCE_TYPES = new Set(['image', 'media', 'font', 'texttrack', 'eventsource', 'websocket', 'manifest', 'other']);

/** The only resource types a rendering may load (through Vangnet's own fetch, into the WARC). */
export const ALLOWED_RESOURCE_TYPES = new Set(['document', 'stylesheet', 'script', 'xhr', 'fetch']);

const MEDIA_EXTENSION =
  /\.(jpe?g|jfif|pjpeg|pjp|png|apng|gif|webp|avif|heic|heif|bmp|ico|cur|svgz?|tiff?|jxl|jp2|psd|raw|mp4|m4v|m4a|mov|qt|webm|mkv|avi|wmv|flv|f4v|3gp|3g2|ogv|oga|ogg|mpe?g|mp3|wav|flac|aac|opus|m3u8|mpd|ts|m2ts|woff2?|ttf|otf|eot)$/i;

export const looksLikeMediaUrl = (url: string): boolean => {
  try {
    const { pathname } = new URL(url);

    return MEDIA_EXTENSION.test(decodeURIComponent(pathname));
  } catch {
    return MEDIA_EXTENSION.test(url.split(/[?#]/)[0] ?? '');
  }
};

/** A response type that is a picture, film or sound, or a font. */
export const isMediaContentType = (contentType: string): boolean =>
  /^(image|video|audio|font)\//.test(contentType) ||
  /^application\/(vnd\.apple\.mpegurl|x-mpegurl|dash\+xml|font-|x-font-|vnd\.ms-fontobject)/.test(contentType);

export const isHtmlContentType = (contentType: string): boolean => contentType === 'text/html' || contentType === 'application/xhtml+xml';

export const isTextContentType = (contentType: string): boolean =>
  (contentType.startsWith('text/') && contentType !== 'text/html') ||
  /^application\/([a-z.+-]*\+)?(json|xml)$/.test(contentType) ||
  contentType === 'application/javascript';
