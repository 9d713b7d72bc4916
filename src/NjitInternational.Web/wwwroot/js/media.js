// Media library: refuses a file larger than the configured limit before it is sent (the server
// checks again), and keeps the picker's preview in step with the chosen image.
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[type=file][data-max-bytes]')) {
            var max = Number(input.getAttribute('data-max-bytes'));
            var file = input.files && input.files[0];
            input.setCustomValidity(file && file.size > max ? input.getAttribute('data-too-large') : '');
            input.reportValidity();
        }
        if (input.matches && input.matches('select[data-media-picker]')) {
            var preview = document.getElementById(input.id + '-preview');
            var option = input.options[input.selectedIndex];
            var url = option ? option.getAttribute('data-thumb') : null;
            if (preview) {
                preview.hidden = !url;
                if (url) {
                    preview.src = url;
                    preview.removeAttribute('width');
                    preview.removeAttribute('height');
                }
            }
        }
    });
    document.addEventListener('submit', function (event) {
        var input = event.target.querySelector('input[type=file][data-max-bytes]');
        if (input && !input.checkValidity()) {
            event.preventDefault();
            input.reportValidity();
        }
    });
}());
