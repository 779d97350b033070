// A step was recorded but the case's page was read before the case's record caught up with it (the read side follows
// the recorded events within moments). The page shows no actions meanwhile, so nothing can be sent against what was
// seen before the step; it looks again every two seconds, for a minute at most (then the notice's link is left to
// the reader). Without JavaScript the link does the same.
(() => {
  const key = 'catching-up:' + window.location.href;
  const looks = Number(sessionStorage.getItem(key) || 0);
  if (looks < 30) {
    setTimeout(() => {
      sessionStorage.setItem(key, String(looks + 1));
      window.location.reload();
    }, 2000);
  }
})();
