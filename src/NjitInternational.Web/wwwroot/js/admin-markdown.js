// Markdown preview on the admin edit forms: asks the server to render the text (the same
// sanitising renderer visitors get) and shows it below the field. Without script the Preview
// button submits the form and the server re-renders the page with the preview.
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest('button.md-preview-button');
        if (!button || !button.form) {
            return;
        }
        var form = button.form;
        var name = button.getAttribute('data-md-field');
        var field = form.elements[name];
        var output = document.getElementById(name + '-preview');
        var token = form.elements.__RequestVerificationToken;
        if (!field || !output || !token) {
            return;
        }
        event.preventDefault();
        var body = new FormData();
        body.append('text', field.value);
        body.append('__RequestVerificationToken', token.value);
        var target = output.querySelector('.md-preview-body');
        fetch('/admin/markdown/preview', { method: 'POST', body: body, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.text();
            })
            .then(function (html) {
                target.innerHTML = html;
            })
            .catch(function () {
                target.textContent = 'The preview could not be made. Try again, or save and use the page preview.';
            })
            .finally(function () {
                output.hidden = false;
            });
    });
})();
