// Init script of the render benchmark (scripts/bench.mjs), run in every page before its own scripts:
// records in window.__benchVisibleAt the wall-clock time of the first frame in which the first
// meaningful screen is visible (the app's 登录 button; the blank page's <h1>).
(() => {
  const found = () => {
    const els = location.pathname.endsWith('blank.html')
      ? [...document.querySelectorAll('h1')]
      : [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === '登录');
    return els.some((el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden');
  };
  const check = () => {
    if (window.__benchVisibleAt || !found()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchVisibleAt = performance.timeOrigin + performance.now()));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();
