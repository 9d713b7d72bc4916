// At phone width the navigation is one row that scrolls sideways. Browsers scroll a focused link
// into view only when it is wholly hidden, so a half-visible link under the edge fade stays cut
// off; this brings the whole link into view (scroll-padding keeps it clear of the fade), and shows
// the current section's link on load.
(function () {
    var nav = document.querySelector('nav.site-nav');
    if (!nav) {
        return;
    }
    // The page's own section may sit past the edge: show it on load by scrolling the row only
    // (scrollIntoView would also move the page, away from a #fragment the reader followed).
    var row = nav.querySelector('ul');
    var current = nav.querySelector('a[aria-current="page"]');
    if (row && current && row.scrollWidth > row.clientWidth) {
        var fade = 40;
        var past = current.getBoundingClientRect().right - (row.getBoundingClientRect().right - fade);
        if (past > 0) {
            row.scrollLeft += past;
        }
    }
    nav.addEventListener('focusin', function (event) {
        if (event.target instanceof HTMLElement) {
            event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    });
})();
