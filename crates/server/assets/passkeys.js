// Passkeys (WebAuthn) on the sign-in page, the second step and /account/security. The server
// does every check; this file only carries its options to navigator.credentials and the
// authenticator's answer back, as form fields like any other form (so the CSRF layer applies).
// Loaded as a file because the Content-Security-Policy forbids inline scripts. Without it (or
// without WebAuthn in the browser) the passkey buttons stay hidden and the pages say that
// passkeys need JavaScript; everything else on them works.
(() => {
  'use strict';
  const PKC = window.PublicKeyCredential;
  if (!PKC || !PKC.parseCreationOptionsFromJSON || !PKC.parseRequestOptionsFromJSON ||
      !window.fetch || !navigator.credentials) return;

  // A form-encoded POST answered with JSON; resolves to [status, body].
  const post = async (url, fields) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      body: new URLSearchParams(fields),
    });
    let body = {};
    try { body = await response.json(); } catch (_) { body = {}; }
    return [response.status, body];
  };

  // Shows `message` in the element the page reserves for this form's errors.
  const say = (box, message) => {
    if (!box) return;
    box.textContent = message;
    box.hidden = !message;
  };

  // The script is here: the note saying passkeys need it goes.
  const hint = document.getElementById('passkey-needs-script');
  if (hint) hint.hidden = true;

  // The JSON a credential serializes to (WebAuthn level 3 `toJSON`).
  const json = (credential) => JSON.stringify(credential.toJSON());

  // Adding a passkey on /account/security.
  const add = document.getElementById('passkey-add');
  if (add) {
    const box = document.getElementById('passkey-add-error');
    add.addEventListener('submit', async (event) => {
      event.preventDefault();
      say(box, '');
      const button = add.querySelector('button[type="submit"]');
      button.disabled = true;
      try {
        const fields = { name: add.elements.name.value, proof: add.elements.proof.value };
        const [status, options] = await post(add.action, fields);
        if (status !== 200) {
          say(box, options.error || add.dataset.failed);
          const field = options.field && add.elements[options.field];
          if (field) field.focus();
          return;
        }
        let credential;
        try {
          credential = await navigator.credentials.create({
            publicKey: PKC.parseCreationOptionsFromJSON(options.publicKey),
          });
        } catch (_) {
          say(box, add.dataset.cancelled);
          return;
        }
        const [done, answer] = await post(add.dataset.finish, { credential: json(credential) });
        if (done === 200 && answer.redirect) {
          location.assign(answer.redirect);
        } else {
          say(box, answer.error || add.dataset.failed);
        }
      } catch (_) {
        say(box, add.dataset.failed);
      } finally {
        button.disabled = false;
      }
    });
  }

  // Signing in with a passkey: alone on the sign-in page, or as the second step.
  for (const button of document.querySelectorAll('button[data-passkey-sign-in]')) {
    const box = document.getElementById(button.getAttribute('aria-describedby') || '');
    button.hidden = false;
    button.addEventListener('click', async () => {
      say(box, '');
      button.disabled = true;
      try {
        const base = button.dataset.passkeySignIn;
        const [status, options] = await post(base + '/options', {});
        if (status !== 200) {
          say(box, options.error || button.dataset.failed);
          return;
        }
        let credential;
        try {
          credential = await navigator.credentials.get({
            publicKey: PKC.parseRequestOptionsFromJSON(options.publicKey),
          });
        } catch (_) {
          say(box, button.dataset.cancelled);
          return;
        }
        const [done, answer] = await post(base, {
          credential: json(credential),
          next: button.dataset.next || '',
        });
        if (done === 200 && answer.redirect) {
          location.assign(answer.redirect);
        } else {
          say(box, answer.error || button.dataset.failed);
        }
      } catch (_) {
        say(box, button.dataset.failed);
      } finally {
        button.disabled = false;
      }
    });
  }
})();
