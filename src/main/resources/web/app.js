// The finder page: infinite scroll over /api/search, searches without reloading, copy on click,
// each row's code a link to its item's page.
// The server renders the first rows, so the page works without this script; the script only
// takes over from there. Rows are built with the DOM (textContent), never from HTML strings.
'use strict';

(() => {
  const INTRO = document.getElementById('status').textContent;

  const form = document.getElementById('search');
  const input = document.getElementById('query');
  const status = document.getElementById('status');
  const table = document.getElementById('results');
  // Page sizes come from the server (PageSizes): rows per fetch while scrolling, and a new
  // search's first rows, as many as the server renders with the page (the API's default).
  const PAGE = Number(table.dataset.page);
  const tbody = table.tBodies[0];
  const more = document.getElementById('more');
  const toast = document.getElementById('copied');

  let query = new URLSearchParams(location.search).get('query') || '';
  let total = Number(table.dataset.total);
  let shown = Number(table.dataset.stop);
  let next = shown < total ? searchUrl(query, shown, shown + PAGE) : null;
  let inFlight = null;        // the AbortController of the fetch under way
  let settled = 0;            // searches answered, failed or replaced; on the page for tests

  // Without stop, the server's first page.
  function searchUrl(q, start, stop) {
    const params = {query: q, start: String(start)};
    if (stop !== null) {
      params.stop = String(stop);
    }
    return '/api/search?' + new URLSearchParams(params);
  }

  // Mirrors the server's rows (charfinder.text.DisplayChar): characters that would be invisible
  // or disturb the layout get a bracketed stand-in; a combining mark sits on a dotted circle.
  const IGNORABLE = /[\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
  function display(ch) {
    const cp = ch.codePointAt(0);
    if ((cp & 0xFFFE) === 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) return ['[noncharacter]', true];
    const standIns = [
      [/\p{Cc}/u, '[control]'], [/\p{Cf}/u, '[format]'], [/\p{Zl}/u, '[line separator]'],
      [/\p{Zp}/u, '[paragraph separator]'], [/\p{Cs}/u, '[surrogate]'], [/\p{Co}/u, '[private use]'],
      [/\p{Cn}/u, '[unassigned]'], [IGNORABLE, '[ignorable]']];
    if (/\p{Zs}/u.test(ch) && ch !== ' ') return ['[space]', true];
    for (const [pattern, label] of standIns) {
      if (pattern.test(ch)) return [label, true];
    }
    if (/\p{M}/u.test(ch)) return ['\u25CC' + ch, false];
    return [ch, false];
  }

  // The status line, as on the command line: the query quoted the way Python's repr quotes a string.
  function quote(s) {
    const q = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = q;
    for (const ch of s) {
      const cp = ch.codePointAt(0);
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (ch === '\t') out += '\\t';
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(ch) || (/\p{Zs}/u.test(ch) && ch !== ' ')) {
        const hex = cp.toString(16);
        out += cp < 0x100 ? '\\x' + hex.padStart(2, '0')
          : cp < 0x10000 ? '\\u' + hex.padStart(4, '0') : '\\U' + hex.padStart(8, '0');
      } else out += ch;
    }
    return out + q;
  }

  function statusLine(n, q) {
    if (n === 0) return 'No match for ' + quote(q);
    return n + (n === 1 ? ' match for ' : ' matches for ') + quote(q);
  }

  function row(item) {
    const tr = document.createElement('tr');
    // A sequence (its code has several code points) is an emoji, shown as itself.
    const [shownChar, standIn] = item.code.includes(' ') ? [item.char, false] : display(item.char);
    const code = tr.insertCell();
    code.className = 'code';
    const link = document.createElement('a');
    link.href = '/' + item.code.replaceAll(' ', '_');
    link.textContent = item.code;
    code.append(link);
    const cell = tr.insertCell();
    cell.className = standIn ? 'char stand-in' : 'char';
    const bdi = document.createElement('bdi');
    bdi.textContent = shownChar;
    cell.append(bdi);
    const name = tr.insertCell();
    name.className = 'name';
    name.textContent = item.name;
    if (item.match) {
      // Why the row matched when the name does not say: as the text rows' fourth field.
      const why = document.createElement('span');
      why.className = 'why';
      const text = document.createElement('bdi');
      text.textContent = item.match.field + (item.match.lang ? ' (' + item.match.lang + ')' : '') + ': ' + item.match.text;
      why.append(text);
      name.append(why);
    }
    return tr;
  }

  // "Did you mean" as links that run the suggested query, like the server renders them.
  function showSuggestions(queries) {
    if (queries.length === 0) return;
    const span = document.createElement('span');
    span.className = 'suggestions';
    span.append(' Did you mean ');
    queries.forEach((s, i) => {
      if (i > 0) span.append(i === queries.length - 1 ? ' or ' : ', ');
      const link = document.createElement('a');
      link.className = 'suggestion';
      link.href = '/?' + new URLSearchParams({query: s});
      link.textContent = s;
      span.append(link);
    });
    span.append('?');
    status.append(span);
  }

  status.addEventListener('click', (event) => {
    const link = event.target.closest('a.suggestion');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    search(new URL(link.href).searchParams.get('query'), true);
  });

  function showProgress() {
    more.classList.toggle('loading', next !== null);
    if (total === 0) more.textContent = '';
    else if (next === null) more.textContent = 'All ' + total + ' shown.';
    else more.textContent = 'Showing ' + shown + ' of ' + total + '\u2026';
  }

  // Fetches a page; a newer fetch aborts this one, and then nothing is done with it.
  async function fetchPage(url) {
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const response = await fetch(url, {signal: controller.signal, headers: {Accept: 'application/json'}});
      const body = await response.json();
      if (!response.ok) throw new Error(body.message || response.statusText);
      return body;
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  async function loadMore() {
    if (next === null || inFlight) return;
    const url = next;
    try {
      const page = await fetchPage(url);
      if (url !== next) return;
      tbody.append(...page.items.map(row));
      shown = page.stop;
      next = page.next;
      showProgress();
      fillScreen();
    } catch (e) {
      if (e.name !== 'AbortError') more.textContent = 'Could not load more rows: ' + e.message;
    }
  }

  // The observer fires when the end comes into view, not while it stays there: keep loading
  // until the rows fill the screen.
  function fillScreen() {
    if (next !== null && more.getBoundingClientRect().top < innerHeight + 400) loadMore();
  }

  async function search(q, push) {
    query = q;
    input.value = q;
    document.title = q.trim() ? q + ' \u2014 charfinder' : 'charfinder';
    if (push) history.pushState({query: q}, '', q.trim() ? '/?' + new URLSearchParams({query: q}) : '/');
    if (!q.trim()) {
      if (inFlight) inFlight.abort();
      tbody.replaceChildren();
      total = shown = 0;
      next = null;
      status.textContent = INTRO;
      showProgress();
      return;
    }
    status.classList.add('busy');
    next = null;
    try {
      const page = await fetchPage(searchUrl(q, 0, null));
      if (q !== query) return;
      tbody.replaceChildren(...page.items.map(row));
      total = page.total;
      shown = page.stop;
      next = page.next === null ? null : searchUrl(q, shown, shown + PAGE);
      status.textContent = statusLine(total, q);
      showSuggestions(page.suggestions || []);
      showProgress();
      window.scrollTo(0, 0);
      fillScreen();
    } catch (e) {
      if (e.name === 'AbortError') return;
      tbody.replaceChildren();
      total = shown = 0;
      status.textContent = e.message;
      showProgress();
    } finally {
      if (q === query) status.classList.remove('busy');
      document.body.dataset.settled = String(++settled);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value !== query) search(input.value, true);
  });

  for (const links of document.querySelectorAll('.examples, .help')) {
    links.addEventListener('click', (event) => {
      const link = event.target.closest('a');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      search(new URL(link.href).searchParams.get('query'), true);
    });
  }

  window.addEventListener('popstate', () => {
    search(new URLSearchParams(location.search).get('query') || '', false);
  });

  let toastTimer = 0;
  tbody.addEventListener('click', async (event) => {
    // The code is a link to the item's page; the rest of the row copies.
    const tr = event.target.closest('tr');
    if (!tr || event.target.closest('a')) return;
    const code = tr.cells[0].textContent;
    const ch = String.fromCodePoint(...code.split(' ').map((c) => parseInt(c.slice(2), 16)));
    try {
      await navigator.clipboard.writeText(ch);
      toast.textContent = 'Copied ' + code;
    } catch (e) {
      toast.textContent = 'Could not copy ' + code + ': ' + e.message;
    }
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, 1500);
  });

  new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) loadMore();
  }, {rootMargin: '0px 0px 400px 0px'}).observe(more);

  showProgress();
})();
