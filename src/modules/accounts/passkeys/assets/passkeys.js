// Passkeys for staff (WebAuthn). Served as /assets/passkeys.js; no inline script (CSP). Without this
// script the forms stay hidden and signing in with the TOTP code keeps working.
(() => {
  const supported = () =>
    typeof window.PublicKeyCredential === 'function' &&
    typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function' &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

  const say = (text) => {
    const box = document.getElementById('passkey-status');
    if (box) box.textContent = text;
  };

  const post = async (url, body) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || String(res.status));
    return data;
  };

  for (const form of document.querySelectorAll('form[data-passkey]')) {
    if (!supported()) {
      say(form.dataset.unsupported);
      continue;
    }
    form.hidden = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const csrf = form.querySelector('input[name="_csrf"]').value;
      const button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      try {
        if (form.dataset.passkey === 'enrol') {
          const options = await post('/account/passkeys/opties', { _csrf: csrf });
          const credential = await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
          const name = form.querySelector('input[name="name"]').value;
          const done = await post('/account/passkeys', { _csrf: csrf, name, response: credential.toJSON() });
          window.location.assign(done.next);
        } else {
          const options = await post('/inloggen/passkey/opties', { _csrf: csrf });
          const credential = await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
          const done = await post(`/inloggen/passkey?terug=${encodeURIComponent(form.dataset.next || '/')}`, { _csrf: csrf, response: credential.toJSON() });
          window.location.assign(done.next);
        }
      } catch (err) {
        say(err && err.message && !/^\d+$/.test(err.message) && err.name === 'Error' ? err.message : form.dataset.failed);
        button.disabled = false;
      }
    });
  }
})();
