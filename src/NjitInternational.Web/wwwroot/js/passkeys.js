// Passkeys (WebAuthn) for forms marked data-passkey="create" (account page) or "sign-in" (sign-in
// page). On submit: fetch the server's options (posting the form, so its antiforgery token goes
// along), ask the browser for a credential, put its JSON in the hidden CredentialJson field and
// submit the form for real. The server checks everything; this file only carries data.
(function () {
    'use strict';

    function showError(form) {
        var box = form.querySelector('[data-passkey-error]');
        box.textContent = form.getAttribute('data-error');
        box.hidden = false;
    }

    async function ceremony(form) {
        var body = new FormData(form);
        var response = await fetch(form.getAttribute('data-options-url'), { method: 'POST', body: body, credentials: 'same-origin' });
        if (!response.ok) {
            throw new Error('options ' + response.status);
        }

        var options = await response.json();
        var credential = form.getAttribute('data-passkey') === 'create'
            ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
            : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        form.querySelector('input[name="CredentialJson"]').value = JSON.stringify(credential);
        form.submit();
    }

    document.querySelectorAll('form[data-passkey]').forEach(function (form) {
        if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
            // The server explains what is missing if the button is used anyway.
            return;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            ceremony(form).catch(function () { showError(form); });
        });
    });
})();
