// Client-side validation from the data-val-* attributes the tag helpers render
// (aspnet-client-validation, no jQuery). Server-side validation always runs as well.
(function () {
    'use strict';
    if (window.aspnetValidation) {
        new window.aspnetValidation.ValidationService().bootstrap({ watch: true });
    }
})();
