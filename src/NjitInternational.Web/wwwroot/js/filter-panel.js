// Filters sit in an open <details> so they work without script. On a phone they would fill the
// first screen, so they start closed there; "Filter (N active)" opens them.
(function () {
    if (!window.matchMedia('(max-width: 40rem)').matches) {
        return;
    }
    document.querySelectorAll('details[data-filter-panel]').forEach(function (panel) {
        panel.open = false;
    });
})();
