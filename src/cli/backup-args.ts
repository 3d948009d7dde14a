/** `<file> --passphrase-file F [flag…]`: the arguments of `vangnet backup` and `vangnet restore`. */
export const parseBackupArgs = (args: string[], flags: string[] = []): { file: string; passphraseFile?: string; flags: Set<string> } | null => {
  const rest: string[] = [];
  const seen = new Set<string>();
  let passphraseFile: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (a === '--passphrase-file') {
      passphraseFile = args[i + 1];
      i += 1;
      if (!passphraseFile) return null;
    } else if (a.startsWith('--passphrase-file=')) passphraseFile = a.slice('--passphrase-file='.length);
    else if (flags.includes(a)) seen.add(a);
    else if (a.startsWith('--')) return null;
    else rest.push(a);
  }
  if (rest.length !== 1) return null;

  return { file: rest[0]!, passphraseFile, flags: seen };
};
