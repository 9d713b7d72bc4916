// Client-side validation from the data-val-* attributes the tag helpers render
// (aspnet-client-validation, no jQuery). Server-side validation always runs as well.
(function () {
    'use strict';
    if (window.aspnetValidation) {
        var service = new window.aspnetValidation.ValidationService();
        // [MustBeTicked] (e.g. consent): the checkbox itself must be checked.
        service.addProvider('mustbeticked', function (value, element) {
            return element.checked === true;
        });
        service.bootstrap({ watch: true });
        // Lets browser tests wait until validation is wired up before they submit.
        document.documentElement.setAttribute('data-client-validation', 'on');
    }
})();
