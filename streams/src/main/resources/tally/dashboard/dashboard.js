/*
 * Tally dashboard.
 *
 * Plain browser JavaScript, no framework and no build step. It runs under a
 * strict Content-Security-Policy (script-src 'self', style-src 'self'), so it
 * never evaluates strings as code and never parses strings as HTML: every
 * piece of text that came from an article (quotes, outlet names, URLs, places)
 * goes into the page through textContent or a plain attribute only.
 */
(function () {
  'use strict';

  var DASH = '\u2014';          // shown for a missing number
  var EN_DASH = '\u2013';
  var DEBOUNCE_MS = 300;
  var ESTIMATE_ROWS_PER_PAGE = 100; // the table shows a page of the answer at a time
  var TABLE_ROWS_PER_PAGE = 100;    // and the tables shown whole (overview, country, series, mentions) beyond this

  // What a statistic counts (the records' kind and definition); the kinds never add up together.
  var KINDS = [
    { value: 'flow', label: 'flow', about: 'events over a period, by year (direct, or annualized when no statistic covers the year)' },
    { value: 'stock', label: 'stock', about: 'people present at a date: the latest value of each year, with its date (carried into years with none, up to the last)' },
    { value: 'cumulative', label: 'running tally', about: 'a running total since a start: the latest tally of each year; never spread over years' },
    { value: 'incident', label: 'incident', about: 'single events, each reported perhaps many times: the sum of the year\u2019s events' },
    { value: 'unknown', label: 'unknown', about: 'figures from before kinds were read: not comparable with the other kinds' }
  ];
  var DEFINITIONS = ['unspecified', 'organized_crime', 'homicide', 'armed_conflict', 'irregular', 'refugees',
    'internally_displaced', 'returnees'];
  // What each definition counts (as stats' Definition says), for the country page.
  var DEFINITION_ABOUT = {
    unspecified: 'the reports do not say which definition they follow',
    organized_crime: 'killings (or other acts) attributed to organized crime, cartels, drug trafficking',
    homicide: 'all intentional homicides, as national statistics offices and the UNODC count them',
    armed_conflict: 'armed conflict: battles, war, insurgency, as UCDP and ACLED count them',
    irregular: 'irregular arrivals, crossings or entries (\u201cundocumented\u201d, \u201cillegal\u201d, \u201cirregular\u201d)',
    refugees: 'refugees and asylum seekers',
    internally_displaced: 'people displaced inside their own country',
    returnees: 'people returned or deported to their country, or going back to it'
  };

  // ---------------------------------------------------------------------------
  // State
  // ---------------------------------------------------------------------------

  var state = {
    placeNames: new Map(),       // iso -> name
    overview: [],                // as returned by /api/overview, each with its yearly points: the overview and the map
    series: [],                  // as returned by /api/series (read after the overview and the map are drawn)
    seriesLoaded: false,         // the series have been read once
    seriesKey: null,             // key of the series on show
    seriesChosenByUser: false,
    mapStatistic: null,          // 'category|metric|kind|definition' on the map, chosen (else a default)
    mapYear: null,               // the map's year, chosen (else the year most countries have)
    country: null,               // ISO code of the country page on show
    compare: [],                 // ISO codes of the countries drawn beside the series on show
    chart: null,
    chartFailed: false,
    mentionsOf: null,            // 'metric|place' whose weekly mentions are on show
    countryMapSeries: new Map(), // subdivision code -> series key, on the country page's map
    mentionsChart: null,
    known: {                     // what the filters offer, gathered from data
      categories: new Set(),
      metricCategory: new Map(), // metric -> category
      places: new Set(),
      subdivisions: new Set()    // ISO 3166-2 codes
    },
    estimates: [],               // the rows of the API's answer
    estimatesCount: 0,
    estimatesMore: false,        // more match than the answer holds
    estimatesPage: 0,            // page of the table on show, from 0
    estimatesSort: null,         // {column, direction} chosen on a header, else the API's order
    tableSorts: {},              // table id -> {column (index), direction} of the tables sorted as drawn
    tablePages: {},              // table id -> page on show (from 0) of the tables shown whole
    mentions: [],                // the weeks on show, as /api/mentions gives them
    alerts: [],                  // as /api/alerts gives them
    provenanceKey: null,         // statistic key of the open provenance panel
    provenanceOpener: null,      // statistic key of the row that opened it
    errors: new Map()            // channel -> message, shown in #error-banner
  };

  var el = {};

  // ---------------------------------------------------------------------------
  // Small helpers
  // ---------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  /** Creates an element with optional class name and text (always textContent). */
  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function isNum(v) {
    return typeof v === 'number' && isFinite(v);
  }

  /** A number as the server sent it, with thousands separators; null -> em dash. */
  function fmtNum(v) {
    return isNum(v) ? v.toLocaleString('en-US') : DASH;
  }

  /** One decimal place, e.g. for rates per 100k. */
  function fmt1(v) {
    return isNum(v)
      ? v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
      : DASH;
  }

  /** A change in percent with its sign, e.g. "+3.2%" or "-4.1%". */
  function fmtChange(v) {
    if (!isNum(v)) {
      return DASH;
    }
    var s = fmt1(Math.abs(v));
    var sign = v > 0 ? '+' : (v < 0 ? '-' : '');
    if (s === '0.0') {
      sign = '';
    }
    return sign + s + '%';
  }

  function str(v) {
    return v === undefined || v === null ? '' : String(v);
  }

  /** "asylum_seekers" -> "asylum seekers"; "per_year" -> "per year". */
  function words(v) {
    return str(v).replace(/_/g, ' ').trim();
  }

  function metricLabel(metric) {
    return words(metric) || DASH;
  }

  function placeName(iso) {
    var code = str(iso);
    if (!code) {
      return DASH;
    }
    return state.placeNames.get(code) || code;
  }

  function kindOf(value) {
    for (var i = 0; i < KINDS.length; i++) {
      if (KINDS[i].value === value) {
        return KINDS[i];
      }
    }
    return null;
  }

  function kindLabel(k) {
    var kind = kindOf(k);
    return kind ? kind.label : (words(k) || DASH);
  }

  function definitionLabel(d) {
    return words(d) || DASH;
  }

  /** A subdivision by its ISO 3166-2 code (no names are shipped for them), else the country's name. */
  function areaName(place, subdivision) {
    var code = str(subdivision);
    return code ? code + ', ' + placeName(place) : placeName(place);
  }

  function qualifierLabel(q) {
    var text = words(q);
    return text || 'unqualified';
  }

  function basisLabel(b) {
    return words(b) || DASH;
  }

  function periodLabel(period) {
    if (!period || typeof period !== 'object') {
      return DASH;
    }
    var from = str(period.from);
    var to = str(period.to);
    if (!from && !to) {
      return DASH;
    }
    if (from === to) {
      return from;
    }
    return (from || '?') + ' ' + EN_DASH + ' ' + (to || '?');
  }

  /** "high" cell: the upper bound, or "≥ low" when only lower bounds were reported. */
  function highLabel(e) {
    if (isNum(e.high)) {
      return fmtNum(e.high);
    }
    if (isNum(e.low)) {
      return '\u2265 ' + fmtNum(e.low);
    }
    return DASH;
  }

  /**
   * A link for an untrusted URL: an <a> only for http(s) URLs that parse,
   * otherwise the URL as plain text.
   */
  function safeLink(url, className) {
    var raw = str(url).trim();
    if (!raw) {
      return make('span', className + ' none', 'no link');
    }
    var parsed = null;
    try {
      parsed = new URL(raw);
    } catch (e) {
      parsed = null;
    }
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      var a = make('a', className, raw);
      a.href = parsed.href;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      a.referrerPolicy = 'no-referrer';
      return a;
    }
    return make('span', className + ' unsafe', raw);
  }

  /**
   * A performance mark the first time a part of the page shows its data (the browser test's first paint at scale):
   * at the start of the frame that draws it (the next animation frame), not when the DOM changed.
   */
  function markShown(part) {
    var name = 'tally-shown-' + part;
    if (!window.performance || !performance.mark || performance.getEntriesByName(name).length > 0) {
      return;
    }
    requestAnimationFrame(function () {
      if (performance.getEntriesByName(name).length === 0) {
        performance.mark(name);
      }
    });
  }

  /** Runs fn once the page has drawn what it shows now: work that may wait behind the first view. */
  function afterNextFrame(fn) {
    requestAnimationFrame(function () { setTimeout(fn, 0); });
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      if (timer !== null) {
        clearTimeout(timer);
      }
      timer = setTimeout(function () {
        timer = null;
        fn();
      }, ms);
    };
  }

  // ---------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------

  function setError(channel, message) {
    if (message) {
      state.errors.set(channel, String(message));
    } else {
      state.errors.delete(channel);
    }
    renderErrorBanner();
  }

  function renderErrorBanner() {
    var banner = el.errorBanner;
    if (!banner) {
      return;
    }
    clear(banner);
    if (state.errors.size === 0) {
      banner.hidden = true;
      return;
    }
    state.errors.forEach(function (message) {
      banner.appendChild(make('p', null, message));
    });
    banner.hidden = false;
  }

  // ---------------------------------------------------------------------------
  // Fetching
  // ---------------------------------------------------------------------------

  function ApiError(message, status) {
    this.name = 'ApiError';
    this.message = message;
    this.status = status;
  }
  ApiError.prototype = Object.create(Error.prototype);
  ApiError.prototype.constructor = ApiError;

  /**
   * GETs a JSON document. Resolves with the parsed body on 2xx; rejects with an
   * ApiError carrying the server's {"error": "..."} message and the status
   * otherwise, or with status 0 for network failures.
   */
  function getJSON(url, signal) {
    return fetch(url, {
      method: 'GET',
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal: signal
    }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch (e) {
          body = null;
        }
        if (!response.ok) {
          var msg = body && typeof body.error === 'string' && body.error
            ? body.error
            : ('HTTP ' + response.status + (response.statusText ? ' ' + response.statusText : ''));
          throw new ApiError(msg, response.status);
        }
        if (body === null || typeof body !== 'object') {
          throw new ApiError('the server sent something that is not JSON', response.status);
        }
        return body;
      });
    }, function (err) {
      if (err && err.name === 'AbortError') {
        throw err;
      }
      throw new ApiError('cannot reach the server', 0);
    });
  }

  function isAbort(err) {
    return err && err.name === 'AbortError';
  }

  /**
   * Keeps at most one request per channel in flight and drops answers that
   * arrive after a newer request was made.
   */
  function Channel() {
    this.controller = null;
  }
  Channel.prototype.get = function (url) {
    if (this.controller) {
      this.controller.abort();
    }
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    this.controller = controller;
    var self = this;
    return getJSON(url, controller ? controller.signal : undefined).then(function (body) {
      if (self.controller !== controller) {
        var stale = new Error('stale');
        stale.name = 'AbortError';
        throw stale;
      }
      self.controller = null;
      return body;
    });
  };

  /**
   * Every item of a list the API gives a page at a time (the list named field of each answer),
   * following next to the last page, through one channel.
   */
  function allPages(channel, url, field) {
    var found = [];
    function page(cursor) {
      var params = new URLSearchParams(url.indexOf('?') < 0 ? '' : url.slice(url.indexOf('?') + 1));
      params.set('limit', '5000');
      if (cursor) {
        params.set('cursor', cursor);
      }
      return channel.get(url.split('?')[0] + '?' + params.toString()).then(function (body) {
        found = found.concat(Array.isArray(body[field]) ? body[field] : []);
        return typeof body.next === 'string' ? page(body.next) : found;
      });
    }
    return page(null);
  }

  var sequence = { overview: 0, series: 0, estimates: 0, mentions: 0 };

  var channels = {
    places: new Channel(),
    overview: new Channel(),
    series: new Channel(),
    estimates: new Channel(),
    mentions: new Channel(),
    alerts: new Channel(),
    provenance: new Channel(),
    download: new Channel()
  };

  // ---------------------------------------------------------------------------
  // Places
  // ---------------------------------------------------------------------------

  // Resolves (never rejects) once place names are known or could not be had,
  // so the first renderings can show names without waiting in series.
  var placesReady = null;

  function loadPlaces() {
    placesReady = allPages(channels.places, '/api/places', 'places').then(function (list) {
      var names = new Map();
      list.forEach(function (p) {
        if (p && typeof p.iso === 'string' && p.iso) {
          names.set(p.iso, typeof p.name === 'string' && p.name ? p.name : p.iso);
        }
      });
      state.placeNames = names;
      setError('places', null);
    }, function (err) {
      if (!isAbort(err)) {
        // Not fatal: places are then shown by their codes.
        setError('places', 'Place names could not be loaded (' + err.message + '); showing codes.');
      }
    });
    return placesReady;
  }

  // ---------------------------------------------------------------------------
  // Known categories / metrics / places (for the filters)
  // ---------------------------------------------------------------------------

  /** Learns the filter values of a list of series, overview rows or estimates; the filters are redrawn if one was new. */
  function learnAll(items) {
    var changed = false;
    items.forEach(function (s) {
      changed = learn(s.category, s.metric, s.place, s.subdivision) || changed;
    });
    if (changed) {
      renderFilters();
    }
  }

  function learn(category, metric, place, subdivision) {
    var changed = false;
    if (typeof subdivision === 'string' && subdivision && !state.known.subdivisions.has(subdivision)) {
      state.known.subdivisions.add(subdivision);
      changed = true;
    }
    if (typeof category === 'string' && category && !state.known.categories.has(category)) {
      state.known.categories.add(category);
      changed = true;
    }
    if (typeof metric === 'string' && metric && !state.known.metricCategory.has(metric)) {
      state.known.metricCategory.set(metric, typeof category === 'string' ? category : '');
      changed = true;
    }
    if (typeof place === 'string' && place && !state.known.places.has(place)) {
      state.known.places.add(place);
      changed = true;
    }
    return changed;
  }

  /**
   * Replaces a select's options (after its first `fixed` ones, such as "all"),
   * keeping the current value. Skips the work when nothing changed so an open
   * drop-down is not disturbed by a live refresh.
   */
  function fillSelect(select, options, fixed) {
    var current = select.value;
    if (current && !options.some(function (o) { return o.value === current; })) {
      options = options.concat([{ value: current, label: current }]);
    }
    var signature = JSON.stringify(options);
    if (select.dataset.signature === signature) {
      return;
    }
    var kept = Array.prototype.slice.call(select.options, 0, fixed);
    clear(select);
    kept.forEach(function (o) { select.appendChild(o); });
    options.forEach(function (o) {
      var opt = make('option', null, o.label);
      opt.value = o.value;
      select.appendChild(opt);
    });
    select.value = current;
    if (select.value !== current) {
      select.value = '';
    }
    select.dataset.signature = signature;
  }

  function byLabel(a, b) {
    return a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) ||
      (a.value < b.value ? -1 : (a.value > b.value ? 1 : 0));
  }

  function renderFilters() {
    var categories = Array.from(state.known.categories).map(function (c) {
      return { value: c, label: words(c) };
    }).sort(byLabel);
    fillSelect(el.filterCategory, categories, 1);

    var category = el.filterCategory.value;
    var metrics = [];
    state.known.metricCategory.forEach(function (cat, metric) {
      if (!category || cat === category) {
        metrics.push({ value: metric, label: metricLabel(metric) });
      }
    });
    metrics.sort(byLabel);
    fillSelect(el.filterMetric, metrics, 1);

    var places = Array.from(state.known.places).map(function (iso) {
      var name = placeName(iso);
      return { value: iso, label: name === iso ? iso : name + ' (' + iso + ')' };
    }).sort(byLabel);
    fillSelect(el.filterPlace, places, 1);

    var subdivisions = Array.from(state.known.subdivisions).map(function (code) {
      return { value: code, label: areaName(code.split('-')[0], code) };
    }).sort(byLabel);
    fillSelect(el.filterSubdivision, subdivisions, 2);
  }

  /** The fixed options of the kind and definition filters, once. */
  function renderMeaningFilters() {
    var kinds = KINDS.map(function (k) { return { value: k.value, label: k.label }; });
    fillSelect(el.filterKind, kinds, 1);
    fillSelect(el.seriesKind, kinds, 1);
    fillSelect(el.filterDefinition, DEFINITIONS.map(function (d) {
      return { value: d, label: definitionLabel(d) };
    }), 1);
  }

  // ---------------------------------------------------------------------------
  // Yearly series
  // ---------------------------------------------------------------------------

  /** What a series counts, e.g. "deaths (flow, organized crime)". */
  function seriesMetric(s) {
    var meaning = kindLabel(s.kind);
    if (s.definition && s.definition !== 'unspecified') {
      meaning += ', ' + definitionLabel(s.definition);
    }
    return metricLabel(s.metric) + ' (' + meaning + ')';
  }

  function seriesLabel(s) {
    return areaName(s.place, s.subdivision) + ' ' + DASH + ' ' + seriesMetric(s);
  }

  /** A change on the year before, coloured by its direction. */
  function changeCell(change) {
    var td = make('td', 'num change', fmtChange(change));
    if (isNum(change)) {
      td.classList.add(change > 0 ? 'up' : (change < 0 ? 'down' : 'flat'));
    }
    return td;
  }

  /** The most sources behind any point of a series. */
  function seriesSources(s) {
    return seriesPoints(s).reduce(function (most, p) {
      return isNum(p.sources) && p.sources > most ? p.sources : most;
    }, 0);
  }

  /**
   * How meaningful a series is to open on: a flow (figures of unknown kind
   * next), of deaths, of a whole country, then the most sources and points.
   */
  function seriesRank(s) {
    return [s.kind === 'flow' ? 2 : (s.kind === 'unknown' ? 1 : 0), s.metric === 'deaths' ? 1 : 0,
      s.subdivision ? 0 : 1, seriesSources(s), seriesPoints(s).length];
  }

  function compareRank(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        return a[i] - b[i];
      }
    }
    return 0;
  }

  function visibleSeries() {
    var kind = el.seriesKind.value;
    return state.series.filter(function (s) { return !kind || s.kind === kind; });
  }

  function seriesPoints(s) {
    var pts = Array.isArray(s.points) ? s.points.filter(function (p) {
      return p && isNum(p.year);
    }) : [];
    return pts.slice().sort(function (a, b) { return a.year - b.year; });
  }

  function defaultSeriesKey(list) {
    var best = null;
    list.forEach(function (s) {
      if (!best) {
        best = s;
        return;
      }
      var c = compareRank(seriesRank(s), seriesRank(best));
      if (c > 0 || (c === 0 && seriesLabel(s).localeCompare(seriesLabel(best), 'en') < 0)) {
        best = s;
      }
    });
    return best ? best.key : null;
  }

  function loadSeries() {
    var seq = ++sequence.series;
    return Promise.all([allPages(channels.series, '/api/series', 'series'), placesReady]).then(function (results) {
      if (seq !== sequence.series) {
        return; // a newer request was made meanwhile
      }
      var list = results[0].filter(function (s) {
        return s && typeof s.key === 'string' && s.key;
      });
      state.series = list;
      state.seriesLoaded = true;
      learnAll(list);
      setError('series', null);
      renderSeriesSelect();
      afterNextFrame(function () {
        if (seq === sequence.series) {
          renderSeries();
          markOverviewSelection(); // the series on show is now known
          renderMap(); // and among statistics as common, the map opens on its one
          renderCountry();
          renderAlerts(); // their words name the series
        }
      });
    }, function (err) {
      if (!isAbort(err) && seq === sequence.series) {
        setError('series', 'Yearly series could not be loaded: ' + err.message);
      }
    });
  }

  /** An overview row's values by year as points ({year, value, per100k}): what its sparkline and the map read. */
  function glancePoints(o) {
    var rates = Array.isArray(o.per100k) ? o.per100k : [];
    var points = [];
    o.values.forEach(function (v, i) {
      if (isNum(v)) {
        points.push({ year: o.fromYear + i, value: v, per100k: isNum(rates[i]) ? rates[i] : null });
      }
    });
    return points;
  }

  /**
   * The first view: each series at a glance (/api/overview, a small part of the whole series), drawn as the overview
   * and the map. Resolves once both are drawn (or could not be), so that the whole series are read after them.
   */
  function loadOverview() {
    var seq = ++sequence.overview;
    return Promise.all([allPages(channels.overview, '/api/overview', 'series'), placesReady]).then(function (results) {
      if (seq !== sequence.overview) {
        return; // a newer request was made meanwhile
      }
      if (window.performance && performance.mark && performance.getEntriesByName('tally-overview-read').length === 0) {
        performance.mark('tally-overview-read'); // the overview is in: what follows is the page's own work
      }
      state.overview = results[0].filter(function (o) {
        return o && typeof o.key === 'string' && o.key && o.latest && isNum(o.latest.year) && isNum(o.fromYear) &&
          Array.isArray(o.values);
      });
      state.overview.forEach(function (o) {
        o.yearly = glancePoints(o);
      });
      learnAll(state.overview);
      setError('overview', null);
      renderOverview();
      markShown('overview');
      return renderMap();
    }, function (err) {
      if (!isAbort(err) && seq === sequence.overview) {
        setError('overview', 'The overview could not be loaded: ' + err.message);
      }
    });
  }

  function findSeries(key) {
    for (var i = 0; i < state.series.length; i++) {
      if (state.series[i].key === key) {
        return state.series[i];
      }
    }
    return null;
  }

  function renderSeriesSelect() {
    var list = visibleSeries();
    var current = state.seriesKey ? findSeries(state.seriesKey) : null;
    if (current && list.indexOf(current) < 0) {
      current = null; // not of the kind asked for
    }
    if (!current || !state.seriesChosenByUser) {
      // Keep the user's choice while it exists. Otherwise follow the default
      // (the most meaningful series), without leaving one that ranks as high.
      var def = defaultSeriesKey(list);
      var defSeries = def ? findSeries(def) : null;
      if (!current || (defSeries && compareRank(seriesRank(defSeries), seriesRank(current)) > 0)) {
        state.seriesKey = def;
        state.seriesChosenByUser = false;
      }
    }

    var options = list.map(function (s) {
      return { value: s.key, label: seriesLabel(s) };
    }).sort(byLabel);
    var select = el.seriesSelect;
    var signature = JSON.stringify(options);
    if (select.dataset.signature !== signature) {
      clear(select);
      if (options.length === 0) {
        var none = make('option', null, 'No series yet');
        none.value = '';
        select.appendChild(none);
      }
      options.forEach(function (o) {
        var opt = make('option', null, o.label);
        opt.value = o.value;
        select.appendChild(opt);
      });
      select.dataset.signature = signature;
    }
    select.disabled = options.length === 0;
    select.value = state.seriesKey || '';
  }

  var MAX_COMPARED = 4; // with the series on show, five countries on one chart
  var COMPARE_COLOURS = ['#c2410c', '#15803d', '#7e22ce', '#b91c1c'];

  /** The series of the same metric, kind and definition in another country: what can be compared with s. */
  function comparable(s) {
    return state.series.filter(function (c) {
      return s && c.key !== s.key && !c.subdivision && c.category === s.category && c.metric === s.metric &&
        c.kind === s.kind && c.definition === s.definition;
    }).sort(function (a, b) { return placeName(a.place).localeCompare(placeName(b.place), 'en'); });
  }

  /** The series drawn beside s: those of the countries chosen to compare, in the order chosen. */
  function comparedSeries(s) {
    var candidates = comparable(s);
    return state.compare.map(function (iso) {
      return candidates.filter(function (c) { return c.place === iso; })[0];
    }).filter(Boolean);
  }

  function renderCompareSelect(s) {
    var select = el.seriesCompare;
    var options = comparable(s).map(function (c) { return { value: c.place, label: placeName(c.place) }; });
    var signature = JSON.stringify(options);
    if (select.dataset.signature !== signature) {
      clear(select);
      options.forEach(function (o) {
        var opt = make('option', null, o.label);
        opt.value = o.value;
        select.appendChild(opt);
      });
      select.dataset.signature = signature;
    }
    Array.prototype.forEach.call(select.options, function (o) {
      o.selected = state.compare.indexOf(o.value) >= 0;
    });
    select.disabled = options.length === 0;
    el.compareNote.textContent = options.length === 0 ? 'no other country has this series'
      : 'up to ' + MAX_COMPARED + ' countries beside this one';
  }

  /** The countries chosen in the list, in the order chosen, at most MAX_COMPARED. */
  function onCompareChange() {
    var chosen = Array.prototype.filter.call(el.seriesCompare.options, function (o) { return o.selected; })
      .map(function (o) { return o.value; });
    var kept = state.compare.filter(function (iso) { return chosen.indexOf(iso) >= 0; });
    chosen.forEach(function (iso) {
      if (kept.indexOf(iso) < 0) {
        kept.push(iso);
      }
    });
    state.compare = kept.slice(0, MAX_COMPARED);
    renderSeries();
    writeView();
  }

  function renderSeries() {
    var s = state.seriesKey ? findSeries(state.seriesKey) : null;
    el.seriesEmpty.hidden = !!s;
    var points = s ? seriesPoints(s) : [];
    renderSeriesMeaning(s);
    renderCompareSelect(s);
    renderSeriesTable(s, points);
    renderSeriesChart(s, points);
    var of = s && s.place ? s.metric + '|' + s.place : null;
    if (of !== state.mentionsOf) {
      state.mentionsOf = of;
      loadMentions();
    }
  }

  // ---------------------------------------------------------------------------
  // Overview: every country's series at a glance
  // ---------------------------------------------------------------------------

  var SVG = 'http://www.w3.org/2000/svg';

  /** A small line of a series' values by year (missing years leave a gap in x, not a zero). */
  function sparkline(points) {
    var svg = document.createElementNS(SVG, 'svg');
    var width = 96;
    var height = 24;
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('aria-hidden', 'true');
    var values = points.filter(function (p) { return isNum(p.value); });
    if (values.length < 2) {
      return svg;
    }
    var first = values[0].year;
    var span = Math.max(1, values[values.length - 1].year - first);
    var max = Math.max.apply(null, values.map(function (p) { return p.value; }));
    var min = Math.min.apply(null, values.map(function (p) { return p.value; }));
    var range = max - min || 1;
    var line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', values.map(function (p) {
      var x = 2 + (p.year - first) / span * (width - 4);
      var y = height - 2 - (p.value - min) / range * (height - 4);
      return x.toFixed(1) + ',' + y.toFixed(1);
    }).join(' '));
    svg.appendChild(line);
    return svg;
  }

  /** Every country's series (whole countries) with points, by country and series. */
  function overviewRows() {
    return state.overview.filter(function (o) { return !o.subdivision; }).map(function (o) {
      return { s: o, points: o.yearly, country: areaName(o.place, null) };
    }).filter(function (r) { return r.points.length > 0; }).sort(function (a, b) {
      return a.country.localeCompare(b.country, 'en', { sensitivity: 'base' }) ||
        seriesLabel(a.s).localeCompare(seriesLabel(b.s), 'en');
    });
  }

  function renderOverview() {
    var tbody = el.overviewTable.tBodies[0];
    var rows = overviewRows();
    el.overviewEmpty.hidden = rows.length > 0;
    clear(tbody);
    rows.forEach(function (r) {
      var latest = r.s.latest;
      var tr = make('tr');
      tr.dataset.series = r.s.key;
      tr.tabIndex = 0;
      tr.setAttribute('aria-selected', String(r.s.key === state.seriesKey));
      var place = make('td', 'place');
      var country = make('button', 'link-button', r.country);
      country.type = 'button';
      country.dataset.country = r.s.place;
      country.title = 'open ' + r.country + '\u2019s page';
      place.appendChild(country);
      tr.appendChild(place);
      tr.appendChild(make('td', 'series', seriesMetric(r.s)));
      tr.appendChild(make('td', 'num year', String(latest.year)));
      tr.appendChild(make('td', 'num value', fmtNum(latest.value)));
      tr.appendChild(changeCell(latest.change));
      var trend = make('td', 'trend');
      trend.appendChild(sparkline(r.points));
      tr.appendChild(trend);
      tr.appendChild(make('td', 'num sources', fmtNum(r.s.sources)));
      tbody.appendChild(tr);
    });
    applyTableSort(el.overviewTable);
  }

  /** Marks the overview's row of the series on show (rows of every page are in the table, those of others hidden). */
  function markOverviewSelection() {
    Array.prototype.forEach.call(el.overviewTable.tBodies[0].rows, function (tr) {
      tr.setAttribute('aria-selected', String(tr.dataset.series === state.seriesKey));
    });
  }

  /** Opens a series chosen in the overview, as if chosen in the series list. */
  function openSeries(key) {
    if (key && !state.seriesLoaded) {
      // Chosen before the series are read: shown once they are.
      state.seriesKey = key;
      state.seriesChosenByUser = true;
      writeView();
      $('series').scrollIntoView();
      return;
    }
    if (!key || !findSeries(key)) {
      return;
    }
    state.seriesKey = key;
    state.seriesChosenByUser = true;
    if (visibleSeries().indexOf(findSeries(key)) < 0) {
      el.seriesKind.value = ''; // the series' kind was filtered out
    }
    renderSeriesSelect();
    renderSeries();
    renderOverview();
    writeView();
    $('series').scrollIntoView();
  }

  // ---------------------------------------------------------------------------
  // World map: one statistic's value by country in a year (map.js draws it)
  // ---------------------------------------------------------------------------

  /** What a country series counts, without its place: the map's statistic. */
  function statisticOf(s) {
    return [s.category, s.metric, s.kind, s.definition].join('|');
  }

  function statisticLabel(statistic) {
    var parts = statistic.split('|');
    return seriesMetric({ metric: parts[1], kind: parts[2], definition: parts[3] });
  }

  /** The whole countries' series of a statistic, at a glance (the overview's rows). */
  function mapSeries(statistic) {
    return state.overview.filter(function (o) { return !o.subdivision && statisticOf(o) === statistic; });
  }

  /** The statistic to open the map on: the one most countries have (the series on show's among equals). */
  function defaultStatistic(counts) {
    var s = state.seriesKey ? findSeries(state.seriesKey) : null;
    var shown = s && !s.subdivision ? statisticOf(s) : null;
    var best = null;
    counts.forEach(function (n, statistic) {
      if (best === null || n > counts.get(best) || (n === counts.get(best) && statistic === shown)) {
        best = statistic;
      }
    });
    return best;
  }

  function mapMeasure() {
    return el.mapMeasure.value === 'per100k' ? 'per100k' : 'value';
  }

  /** The value of each country with a point of that year in the measure chosen. */
  function mapValues(statistic, year) {
    var values = new Map();
    var field = mapMeasure();
    mapSeries(statistic).forEach(function (o) {
      o.yearly.forEach(function (p) {
        if (p.year === year && isNum(p[field])) {
          values.set(o.place, p[field]);
        }
      });
    });
    return values;
  }

  function renderMap() {
    var counts = new Map();
    state.overview.forEach(function (o) {
      if (!o.subdivision && o.yearly.length) {
        counts.set(statisticOf(o), (counts.get(statisticOf(o)) || 0) + 1);
      }
    });
    var statistics = Array.from(counts.keys()).sort(function (a, b) {
      return statisticLabel(a).localeCompare(statisticLabel(b), 'en');
    });
    var wanted = state.mapStatistic && counts.has(state.mapStatistic) ? state.mapStatistic : defaultStatistic(counts);
    el.mapStatistic.value = ''; // a statistic gone from the data is not kept as an option
    fillSelect(el.mapStatistic, statistics.map(function (st) {
      return { value: st, label: statisticLabel(st) + ' \u00b7 ' + counts.get(st) + (counts.get(st) === 1 ? ' country' : ' countries') };
    }), 0);
    el.mapStatistic.value = wanted || '';
    // The years of the statistic, the one with most countries first chosen (the latest of equals).
    var byYear = new Map();
    mapSeries(wanted).forEach(function (o) {
      o.yearly.forEach(function (p) { byYear.set(p.year, (byYear.get(p.year) || 0) + 1); });
    });
    var years = Array.from(byYear.keys()).sort(function (a, b) { return b - a; });
    var year = years.indexOf(state.mapYear) >= 0 ? state.mapYear : years.reduce(function (best, y) {
      return best === null || byYear.get(y) > byYear.get(best) ? y : best;
    }, null);
    el.mapYear.value = '';
    fillSelect(el.mapYear, years.map(function (y) { return { value: String(y), label: String(y) }; }), 0);
    el.mapYear.value = year === null ? '' : String(year);
    var values = wanted && year !== null ? mapValues(wanted, year) : new Map();
    el.mapEmpty.hidden = values.size > 0;
    el.mapMeaning.textContent = wanted
      ? statisticLabel(wanted) + ' in ' + year + ', ' + (mapMeasure() === 'per100k' ? 'per 100,000 inhabitants' : 'counts') +
        ': ' + values.size + (values.size === 1 ? ' country' : ' countries') + ' with a value; darker is more, grey is no data.'
      : '';
    // A live update that changes none of the map's values leaves it as drawn.
    var signature = JSON.stringify([wanted, year, mapMeasure(), Array.from(values), state.placeNames.size]);
    if (el.mapSvg.dataset.signature === signature) {
      return Promise.resolve();
    }
    var format = mapMeasure() === 'per100k' ? fmt1 : fmtNum;
    return window.TallyMap.draw(el.mapSvg, el.mapLegend, values, format, placeName).then(function () {
      el.mapSvg.dataset.signature = signature;
      el.mapSvg.dataset.statistic = wanted || '';
      el.mapSvg.dataset.year = year === null ? '' : String(year);
      el.mapSvg.dataset.measure = mapMeasure();
      setError('map', null);
      markShown('map');
    }, function (err) {
      setError('map', 'The map could not be drawn: ' + err.message);
    });
  }

  function onMapChoice() {
    state.mapStatistic = el.mapStatistic.value || null;
    state.mapYear = el.mapYear.value ? parseInt(el.mapYear.value, 10) : null;
    renderMap();
    renderCountry(); // its map of subdivisions follows the world map's statistic and measure
    writeView();
  }

  // ---------------------------------------------------------------------------
  // A country's page: all its series, whole country and subdivisions
  // ---------------------------------------------------------------------------

  function countrySeries(iso) {
    return state.series.filter(function (s) { return s.place === iso && seriesPoints(s).length; }).sort(function (a, b) {
      return str(a.subdivision).localeCompare(str(b.subdivision), 'en') || seriesMetric(a).localeCompare(seriesMetric(b), 'en');
    });
  }

  function renderCountry() {
    var iso = state.country;
    el.country.hidden = !iso;
    el.countryTable.dataset.country = iso || '';
    if (!iso) {
      return;
    }
    el.countryHeading.textContent = placeName(iso);
    var list = countrySeries(iso);
    // Until the full series are in (they follow the first paint), say so rather than "no series".
    el.countryEmpty.textContent = state.seriesLoaded ? 'No series for this country yet.' : 'Loading this country\u2019s series\u2026';
    el.countryEmpty.hidden = list.length > 0;
    var tbody = el.countryTable.tBodies[0];
    clear(tbody);
    list.forEach(function (s) {
      var points = seriesPoints(s);
      var latest = points[points.length - 1];
      var tr = make('tr');
      tr.dataset.series = s.key;
      tr.tabIndex = 0;
      tr.appendChild(make('td', 'area', s.subdivision ? str(s.subdivision) : 'whole country'));
      tr.appendChild(make('td', 'metric', metricLabel(s.metric)));
      tr.appendChild(make('td', 'kind', kindLabel(s.kind)));
      tr.appendChild(make('td', 'definition', definitionLabel(s.definition)));
      tr.appendChild(make('td', 'num year', String(latest.year)));
      tr.appendChild(make('td', 'num value', fmtNum(latest.value)));
      tr.appendChild(make('td', 'num low', fmtNum(latest.low)));
      tr.appendChild(make('td', 'num high', fmtNum(latest.high)));
      tr.appendChild(make('td', 'num per100k', fmt1(latest.per100k)));
      tr.appendChild(changeCell(latest.change));
      var trend = make('td', 'trend');
      trend.appendChild(sparkline(points));
      tr.appendChild(trend);
      tr.appendChild(make('td', 'num sources', fmtNum(seriesSources(s))));
      tbody.appendChild(tr);
    });
    applyTableSort(el.countryTable);
    // The kinds and definitions its series use, each explained.
    var dl = el.countryDefinitions;
    clear(dl);
    var kinds = new Set(list.map(function (s) { return s.kind; }));
    KINDS.forEach(function (k) {
      if (kinds.has(k.value)) {
        addTerm(dl, 'kind: ' + k.label, k.about, 'kind-' + k.value);
      }
    });
    var definitions = new Set(list.map(function (s) { return s.definition; }));
    DEFINITIONS.forEach(function (d) {
      if (definitions.has(d)) {
        addTerm(dl, 'definition: ' + definitionLabel(d), DEFINITION_ABOUT[d] || definitionLabel(d), 'definition-' + d);
      }
    });
    renderCountryMap(iso, list);
  }

  /**
   * The country page's map of its subdivisions (for the countries whose shapes are shipped): the world map's statistic
   * where its subdivisions have it, else the one most of them have; the year most of them have a value in; the world
   * map's measure, or counts when no subdivision has a rate. A subdivision opens its series.
   */
  function renderCountryMap(iso, list) {
    var subdivisions = list.filter(function (s) { return s.subdivision; });
    var counts = new Map();
    subdivisions.forEach(function (s) { counts.set(statisticOf(s), (counts.get(statisticOf(s)) || 0) + 1); });
    var statistic = counts.has(el.mapStatistic.value) ? el.mapStatistic.value
      : Array.from(counts.keys()).sort().reduce(function (best, st) {
        return best === null || counts.get(st) > counts.get(best) ? st : best;
      }, null);
    if (!statistic) {
      el.countryMap.hidden = true;
      return Promise.resolve();
    }
    var shown = subdivisions.filter(function (s) { return statisticOf(s) === statistic; });
    var byYear = new Map();
    shown.forEach(function (s) {
      seriesPoints(s).forEach(function (p) { byYear.set(p.year, (byYear.get(p.year) || 0) + 1); });
    });
    var year = Array.from(byYear.keys()).sort(function (a, b) { return b - a; }).reduce(function (best, y) {
      return best === null || byYear.get(y) > byYear.get(best) ? y : best;
    }, null);
    function valuesOf(field) {
      var values = new Map();
      shown.forEach(function (s) {
        seriesPoints(s).forEach(function (p) {
          if (p.year === year && isNum(p[field])) {
            values.set(s.subdivision, p[field]);
          }
        });
      });
      return values;
    }
    var measure = mapMeasure();
    var values = valuesOf(measure);
    if (values.size === 0 && measure === 'per100k') {
      measure = 'value';
      values = valuesOf(measure);
    }
    state.countryMapSeries = new Map(shown.map(function (s) { return [s.subdivision, s.key]; }));
    var format = measure === 'per100k' ? fmt1 : fmtNum;
    return window.TallyMap.drawSubdivisions(iso, el.countryMapSvg, el.countryMapLegend, values, format, null).then(function (drawn) {
      el.countryMap.hidden = !drawn;
      el.countryMapSvg.dataset.statistic = statistic;
      el.countryMapSvg.dataset.year = String(year);
      el.countryMapSvg.dataset.measure = measure;
      el.countryMapMeaning.textContent = statisticLabel(statistic) + ' in ' + year + ', ' +
        (measure === 'per100k' ? 'per 100,000 inhabitants' : 'counts') + ': ' + values.size +
        (values.size === 1 ? ' subdivision' : ' subdivisions') + ' with a value; darker is more, grey is no data.';
    }, function (err) {
      setError('map', 'The map of the subdivisions could not be drawn: ' + err.message);
    });
  }

  /** Opens a country's page (from the overview or the map); the address keeps it. */
  function openCountry(iso) {
    state.country = /^[A-Z]{2}$/.test(str(iso)) ? iso : null;
    renderCountry();
    writeView();
    if (state.country) {
      el.country.scrollIntoView();
      el.countryHeading.focus();
    }
  }

  // ---------------------------------------------------------------------------
  // Change alerts: a badge with their number, a list that opens the series
  // ---------------------------------------------------------------------------

  function loadAlerts() {
    return allPages(channels.alerts, '/api/alerts', 'alerts').then(function (alerts) {
      state.alerts = alerts.filter(function (a) { return a && typeof a.id === 'string'; });
      setError('alerts', null);
      renderAlerts();
    }, function (err) {
      if (!isAbort(err)) {
        setError('alerts', 'Alerts could not be loaded: ' + err.message);
      }
    });
  }

  /** What an alert says, in words: "2012 at a 3-year high: 9,999 (before: 3,210)". */
  function alertText(a) {
    var s = findSeries(a.series);
    var what = s ? areaName(s.place, s.subdivision) + ' \u00b7 ' + seriesMetric(s) : a.series;
    var why;
    if (a.reason === 'high') {
      why = 'at a ' + a.years + '-year high: ' + fmtNum(a.value) + ' (highest before: ' + fmtNum(a.previous) + ')';
    } else {
      why = (a.reason === 'rise' ? 'up ' : 'down ') + fmt1(Math.abs(a.change)) + '% on the year before: ' + fmtNum(a.value) +
        ' (before: ' + fmtNum(a.previous) + ')';
    }
    return what + ', ' + a.year + ' ' + why;
  }

  function renderAlerts() {
    var n = state.alerts.length;
    el.alertsCount.textContent = fmtNum(n);
    el.alertsBadge.dataset.count = String(n);
    el.alertsEmpty.hidden = n > 0;
    // A reload that changes none of the alerts (the series read again after a live update) leaves the list as drawn.
    var texts = state.alerts.map(alertText);
    var signature = JSON.stringify([state.alerts.map(function (a) { return [a.id, a.series]; }), texts]);
    if (el.alertsList.dataset.signature === signature) {
      return;
    }
    el.alertsList.dataset.signature = signature;
    clear(el.alertsList);
    state.alerts.forEach(function (a, i) {
      var li = make('li');
      li.dataset.id = a.id;
      var open = make('button', null, texts[i]);
      open.type = 'button';
      open.dataset.series = a.series;
      li.appendChild(open);
      el.alertsList.appendChild(li);
    });
  }

  // ---------------------------------------------------------------------------
  // The view in the address: a link reopens the same series and filters
  // ---------------------------------------------------------------------------

  var VIEW_FILTERS = ['category', 'metric', 'place', 'subdivision', 'kind', 'definition', 'year', 'from', 'to', 'min_sources',
    'dataset'];
  // The filters typed rather than chosen, each with the form the API takes (anything else is left out of the address).
  var TYPED_FILTERS = { year: /^[0-9]{4}$/, from: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, to: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
    min_sources: /^[1-9][0-9]*$/, dataset: /^[a-z0-9][a-z0-9._-]{0,63}$/ };

  function filterElement(name) {
    return name === 'min_sources' ? el.filterMinSources : el['filter' + name.charAt(0).toUpperCase() + name.slice(1)];
  }

  /** Sets a select to a value from the address, adding it as an option while the data has not offered it yet. */
  function restoreSelect(select, value) {
    if (value && !Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
      var opt = make('option', null, value);
      opt.value = value;
      select.appendChild(opt);
    }
    select.value = value;
  }

  function writeView() {
    var params = new URLSearchParams();
    if (state.seriesKey && state.seriesChosenByUser) {
      params.set('series', state.seriesKey);
    }
    if (measure() === 'per100k') {
      params.set('measure', 'per100k');
    }
    if (el.seriesKind.value) {
      params.set('seriesKind', el.seriesKind.value);
    }
    if (state.compare.length) {
      params.set('compare', state.compare.join(','));
    }
    if (state.country) {
      params.set('country', state.country);
    }
    if (state.mapStatistic) {
      params.set('map', state.mapStatistic);
    }
    if (state.mapYear !== null) {
      params.set('mapYear', String(state.mapYear));
    }
    if (mapMeasure() === 'per100k') {
      params.set('mapMeasure', 'per100k');
    }
    VIEW_FILTERS.forEach(function (name) {
      var v = filterElement(name).value;
      if (v) {
        params.set(name, v);
      }
    });
    var hash = params.toString();
    if (window.location.hash.slice(1) !== hash) {
      window.history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
    }
  }

  function readView() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    var series = params.get('series');
    if (series) {
      state.seriesKey = series;
      state.seriesChosenByUser = true;
    }
    el.seriesMeasure.value = params.get('measure') === 'per100k' ? 'per100k' : 'count';
    state.compare = (params.get('compare') || '').split(',').filter(function (iso) {
      return /^[A-Z]{2}$/.test(iso);
    }).slice(0, MAX_COMPARED);
    restoreSelect(el.seriesKind, params.get('seriesKind') || '');
    state.country = /^[A-Z]{2}$/.test(params.get('country') || '') ? params.get('country') : null;
    state.mapStatistic = params.get('map') || null;
    state.mapYear = /^[0-9]{1,4}$/.test(params.get('mapYear') || '') ? parseInt(params.get('mapYear'), 10) : null;
    el.mapMeasure.value = params.get('mapMeasure') === 'per100k' ? 'per100k' : 'count';
    VIEW_FILTERS.forEach(function (name) {
      var v = params.get(name) || '';
      if (TYPED_FILTERS[name]) {
        filterElement(name).value = TYPED_FILTERS[name].test(v) ? v : '';
      } else {
        restoreSelect(filterElement(name), v);
      }
    });
  }

  // ---------------------------------------------------------------------------
  // Mentions: the weekly attention behind the series on show
  // ---------------------------------------------------------------------------

  function loadMentions() {
    var seq = ++sequence.mentions;
    var of = state.mentionsOf;
    if (!of) {
      renderMentions([]);
      return Promise.resolve();
    }
    var parts = of.split('|');
    var params = new URLSearchParams({ metric: parts[0], place: parts[1] });
    return allPages(channels.mentions, '/api/mentions?' + params.toString(), 'mentions').then(function (weeks) {
      if (seq !== sequence.mentions) {
        return;
      }
      setError('mentions', null);
      renderMentions(weeks);
    }, function (err) {
      if (!isAbort(err) && seq === sequence.mentions) {
        setError('mentions', 'Weekly mentions could not be loaded: ' + err.message);
      }
    });
  }

  function renderMentions(weeks) {
    state.mentions = weeks;
    el.mentionsEmpty.hidden = weeks.length > 0 || !state.mentionsOf;
    var tbody = el.mentionsTable.tBodies[0];
    clear(tbody);
    el.mentionsTable.dataset.of = state.mentionsOf || '';
    weeks.forEach(function (w) {
      var tr = make('tr');
      tr.dataset.week = str(w.weekStart);
      tr.appendChild(make('td', 'week', str(w.weekStart)));
      tr.appendChild(make('td', 'num figures', fmtNum(w.figures)));
      tr.appendChild(make('td', 'num articles', fmtNum(w.articles)));
      tbody.appendChild(tr);
    });
    applyTableSort(el.mentionsTable);
    if (state.chartFailed || typeof window.Chart !== 'function') {
      el.mentionsChart.parentNode.hidden = true; // the series chart says why
      return;
    }
    var labels = weeks.map(function (w) { return str(w.weekStart); });
    var figures = weeks.map(function (w) { return isNum(w.figures) ? w.figures : null; });
    var articles = weeks.map(function (w) { return isNum(w.articles) ? w.articles : null; });
    if (!state.mentionsChart) {
      state.mentionsChart = new window.Chart(el.mentionsChart, {
        type: 'bar',
        data: {
          labels: labels,
          datasets: [
            { label: 'figures', data: figures, backgroundColor: 'rgba(31, 95, 191, 0.7)' },
            { label: 'articles', data: articles, backgroundColor: 'rgba(191, 95, 31, 0.7)' }
          ]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: true, position: 'bottom' } },
          scales: {
            x: { title: { display: true, text: 'Week of' }, ticks: { autoSkip: true, maxRotation: 0 } },
            y: { beginAtZero: true, ticks: { precision: 0 } }
          }
        }
      });
    } else {
      state.mentionsChart.data.labels = labels;
      state.mentionsChart.data.datasets[0].data = figures;
      state.mentionsChart.data.datasets[1].data = articles;
      state.mentionsChart.update('none');
    }
    el.mentionsChart.setAttribute('aria-label', state.mentionsOf
      ? 'Bar chart of figures and articles per week, ' + weeks.length + ' weeks'
      : 'Empty chart: no series');
  }

  /** What the series on show counts: its kind (and how its points are made), definition and area. */
  function renderSeriesMeaning(s) {
    var node = el.seriesMeaning;
    clear(node);
    node.dataset.kind = s ? str(s.kind) : '';
    if (!s) {
      return;
    }
    var kind = kindOf(s.kind);
    node.appendChild(make('span', 'kind-badge kind-' + (kind ? kind.value : 'other'), kindLabel(s.kind)));
    node.appendChild(document.createTextNode(' ' + (kind ? kind.about : '') + ' \u00b7 definition: ' +
      definitionLabel(s.definition) + ' \u00b7 ' + (s.subdivision ? 'subdivision ' : '') + areaName(s.place, s.subdivision)));
  }

  function renderSeriesTable(s, points) {
    var tbody = el.seriesTable.tBodies[0];
    clear(tbody);
    el.seriesTable.dataset.series = s ? s.key : '';
    el.seriesCaption.textContent = s
      ? 'Yearly values: ' + seriesLabel(s)
      : 'Yearly values of the selected series';
    points.forEach(function (p) {
      var tr = make('tr');
      tr.dataset.year = String(p.year);
      tr.appendChild(make('td', 'year', String(p.year)));
      tr.appendChild(make('td', 'num value', fmtNum(p.value)));
      tr.appendChild(make('td', 'num low', fmtNum(p.low)));
      tr.appendChild(make('td', 'num high', fmtNum(p.high)));
      tr.appendChild(make('td', 'num per100k', fmt1(p.per100k)));
      tr.appendChild(changeCell(p.change));
      var derivation = make('td', 'derivation', str(p.derivation) || DASH);
      if (p.derivation === 'carried') {
        tr.classList.add('carried');
        derivation.title = 'carried: no stock is dated in ' + p.year + '; the latest value before it, of ' + str(p.asOf);
      }
      tr.appendChild(derivation);
      tr.appendChild(make('td', 'as-of', str(p.asOf) || DASH));
      var derived = make('td', 'num derived', fmtNum(p.derived));
      if (isNum(p.derived)) {
        derived.title = 'derived: the increase since the tally of ' + str(p.derivedFrom);
      }
      tr.appendChild(derived);
      tr.appendChild(make('td', 'num sources', fmtNum(p.sources)));
      tbody.appendChild(tr);
    });
    applyTableSort(el.seriesTable);
  }

  function measure() {
    return el.seriesMeasure.value === 'per100k' ? 'per100k' : 'count';
  }

  /**
   * One end of a point's low-high range in the measure on show: per 100,000 scales it as the
   * value is scaled (the same population); null where the range is open or unknown.
   */
  function bandEnd(p, end, m) {
    if (!p || !isNum(p[end])) {
      return null;
    }
    if (m !== 'per100k') {
      return p[end];
    }
    return isNum(p.per100k) && isNum(p.value) && p.value !== 0 ? p[end] * p.per100k / p.value : null;
  }

  /** The series' values (or rates per 100,000) under each year label; null for a year without a point. */
  function valuesByLabel(labels, byYear, m) {
    return labels.map(function (year) {
      var p = byYear.get(year);
      if (!p) {
        return null;
      }
      var v = m === 'per100k' ? p.per100k : p.value;
      return isNum(v) ? v : null;
    });
  }

  function renderSeriesChart(s, points) {
    if (state.chartFailed) {
      return;
    }
    if (typeof window.Chart !== 'function') {
      state.chartFailed = true;
      el.seriesChart.parentNode.hidden = true;
      setError('chart', 'The chart library did not load; the table below still shows the series.');
      return;
    }

    var m = measure();
    var compared = comparedSeries(s);
    // One label per calendar year from first to last (of every series drawn), so missing years show as gaps.
    var labels = [];
    var byYear = new Map();
    points.forEach(function (p) { byYear.set(p.year, p); });
    var years = points.map(function (p) { return p.year; });
    compared.forEach(function (c) {
      seriesPoints(c).forEach(function (p) { years.push(p.year); });
    });
    if (years.length > 0) {
      var first = Math.min.apply(null, years);
      var last = Math.max.apply(null, years);
      if (last - first > 500) { // absurd span: just the years we have
        labels = Array.from(new Set(years)).sort(function (a, b) { return a - b; });
      } else {
        for (var y = first; y <= last; y++) {
          labels.push(y);
        }
      }
    }
    var values = valuesByLabel(labels, byYear, m);
    var comparedDatasets = compared.map(function (c, i) {
      var theirs = new Map();
      seriesPoints(c).forEach(function (p) { theirs.set(p.year, p); });
      var colour = COMPARE_COLOURS[i % COMPARE_COLOURS.length];
      return {
        label: areaName(c.place, c.subdivision),
        data: valuesByLabel(labels, theirs, m),
        tallySeries: c.key,
        borderColor: colour,
        backgroundColor: colour,
        pointRadius: 2,
        borderWidth: 2,
        tension: 0,
        fill: false,
        spanGaps: false
      };
    });
    var pointsForLabels = labels.map(function (year) { return byYear.get(year) || null; });
    var lows = labels.map(function (year) { return bandEnd(byYear.get(year), 'low', m); });
    var highs = labels.map(function (year) { return bandEnd(byYear.get(year), 'high', m); });
    var yTitle = s ? metricLabel(s.metric) + (m === 'per100k' ? ' per 100k' : '') : '';
    var datasetLabel = s ? seriesLabel(s) + (m === 'per100k' ? ' (per 100k)' : '') : '';

    try {
      if (!state.chart) {
        state.chart = new window.Chart(el.seriesChart, {
          type: 'line',
          data: {
            labels: labels,
            datasets: [{
              label: datasetLabel,
              data: values,
              tallyPoints: pointsForLabels,
              borderColor: '#1f5fbf',
              backgroundColor: 'rgba(31, 95, 191, 0.15)',
              pointBackgroundColor: '#1f5fbf',
              pointRadius: 3,
              pointHoverRadius: 6,
              borderWidth: 2,
              tension: 0,
              fill: false,
              spanGaps: false
            }, {
              // The low-high band: the high line is filled down to the low line before it.
              label: 'low',
              data: lows,
              borderWidth: 0,
              pointRadius: 0,
              pointHoverRadius: 0,
              fill: false,
              spanGaps: false
            }, {
              label: 'high',
              data: highs,
              borderWidth: 0,
              pointRadius: 0,
              pointHoverRadius: 0,
              backgroundColor: 'rgba(31, 95, 191, 0.18)',
              fill: '-1',
              spanGaps: false
            }].concat(comparedDatasets)
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: { duration: 300 },
            interaction: { mode: 'index', intersect: false },
            plugins: {
              // A legend only when countries are compared; the band's edges never need one.
              legend: {
                display: comparedDatasets.length > 0,
                labels: { filter: function (item) { return item.datasetIndex === 0 || item.datasetIndex > 2; } }
              },
              tooltip: {
                filter: function (item) { return item.datasetIndex === 0 || item.datasetIndex > 2; },
                callbacks: {
                  title: function (items) {
                    return items.length ? String(items[0].label) : '';
                  },
                  label: function (ctx) {
                    var mm = measure();
                    if (ctx.datasetIndex > 2) {
                      return ctx.dataset.label + ': ' + (mm === 'per100k' ? fmt1(ctx.parsed.y) : fmtNum(ctx.parsed.y));
                    }
                    return mm === 'per100k'
                      ? 'per 100k: ' + fmt1(ctx.parsed.y)
                      : 'value: ' + fmtNum(ctx.parsed.y);
                  },
                  afterLabel: function (ctx) {
                    if (ctx.datasetIndex > 2) {
                      return '';
                    }
                    var pts = ctx.dataset.tallyPoints || [];
                    var p = pts[ctx.dataIndex];
                    if (!p) {
                      return '';
                    }
                    var lines = ['derivation: ' + (str(p.derivation) || DASH),
                      'range: ' + fmtNum(p.low) + ' ' + EN_DASH + ' ' + fmtNum(p.high),
                      'sources: ' + fmtNum(p.sources)];
                    if (measure() === 'per100k') {
                      lines.push('value: ' + fmtNum(p.value));
                    } else if (isNum(p.per100k)) {
                      lines.push('per 100k: ' + fmt1(p.per100k));
                    }
                    if (isNum(p.change)) {
                      lines.push('change: ' + fmtChange(p.change));
                    }
                    return lines;
                  }
                }
              }
            },
            scales: {
              x: {
                title: { display: true, text: 'Year' },
                ticks: { autoSkip: true, maxRotation: 0 }
              },
              y: {
                beginAtZero: true,
                title: { display: !!yTitle, text: yTitle },
                ticks: {
                  callback: function (v) {
                    return isNum(v) ? v.toLocaleString('en-US') : v;
                  }
                }
              }
            }
          }
        });
      } else {
        var chart = state.chart;
        var ds = chart.data.datasets[0];
        chart.data.labels = labels;
        ds.data = values;
        ds.tallyPoints = pointsForLabels;
        ds.label = datasetLabel;
        chart.data.datasets[1].data = lows;
        chart.data.datasets[2].data = highs;
        chart.data.datasets = chart.data.datasets.slice(0, 3).concat(comparedDatasets);
        chart.options.plugins.legend.display = comparedDatasets.length > 0;
        chart.options.scales.y.title.text = yTitle;
        chart.options.scales.y.title.display = !!yTitle;
        chart.update('none'); // no animation on refreshes
      }
      el.seriesChart.setAttribute('aria-label', s
        ? 'Line chart of ' + datasetLabel + ' by year'
        : 'Empty chart: no series');
      setError('chart', null);
    } catch (err) {
      state.chartFailed = true;
      el.seriesChart.parentNode.hidden = true;
      setError('chart', 'The chart could not be drawn (' + (err && err.message ? err.message : err) +
        '); the table below still shows the series.');
    }
  }

  // ---------------------------------------------------------------------------
  // Estimates
  // ---------------------------------------------------------------------------

  function estimatesQuery() {
    var params = new URLSearchParams();
    if (el.filterCategory.value) {
      params.set('category', el.filterCategory.value);
    }
    if (el.filterMetric.value) {
      params.set('metric', el.filterMetric.value);
    }
    if (el.filterPlace.value) {
      params.set('place', el.filterPlace.value);
    }
    ['kind', 'definition', 'subdivision'].forEach(function (name) {
      var select = el['filter' + name.charAt(0).toUpperCase() + name.slice(1)];
      if (select.value) {
        params.set(name, select.value);
      }
    });
    ['from', 'to', 'min_sources', 'dataset'].forEach(function (name) {
      var v = filterElement(name).value.trim();
      if (v) {
        params.set(name, v);
      }
    });
    var year = el.filterYear.value.trim();
    if (year) {
      params.set('year', year);
    } else if (el.filterYear.validity && el.filterYear.validity.badInput) {
      params.set('year', 'invalid');
    }
    var q = params.toString();
    return q ? '?' + q : '';
  }

  function showEstimatesError(message) {
    if (message) {
      el.estimatesError.textContent = message;
      el.estimatesError.hidden = false;
    } else {
      el.estimatesError.textContent = '';
      el.estimatesError.hidden = true;
    }
  }

  function loadEstimates() {
    el.estimatesTable.setAttribute('aria-busy', 'true');
    var seq = ++sequence.estimates;
    var request = channels.estimates.get('/api/estimates' + estimatesQuery());
    return Promise.all([request, placesReady]).then(function (results) {
      if (seq !== sequence.estimates) {
        return; // a newer request was made meanwhile
      }
      var body = results[0];
      el.estimatesTable.removeAttribute('aria-busy');
      var list = Array.isArray(body.estimates) ? body.estimates.filter(function (e) {
        return e && typeof e.statistic === 'string' && e.statistic;
      }) : [];
      state.estimates = list;
      learnAll(list);
      showEstimatesError(null);
      setError('estimates', null);
      state.estimatesCount = isNum(body.count) ? body.count : list.length;
      state.estimatesMore = typeof body.next === 'string';
      state.estimatesPage = 0;
      renderEstimates(state.estimatesCount, state.estimatesMore);
      markShown('estimates');
    }, function (err) {
      if (isAbort(err) || seq !== sequence.estimates) {
        return;
      }
      el.estimatesTable.removeAttribute('aria-busy');
      if (err.status === 400) {
        state.estimates = [];
        renderEstimates(0);
        el.estimatesCount.textContent = '';
        showEstimatesError(err.message);
        setError('estimates', null);
      } else {
        showEstimatesError(null);
        setError('estimates', 'Estimates could not be loaded: ' + err.message);
      }
    });
  }

  function renderEstimates(count, more) {
    var tbody = el.estimatesTable.tBodies[0];
    var hadFocusKey = null;
    var active = document.activeElement;
    if (active && active.parentNode === tbody && active.dataset) {
      hadFocusKey = active.dataset.statistic;
    }
    clear(tbody);
    var list = sortedEstimates();
    var pages = Math.max(1, Math.ceil(list.length / ESTIMATE_ROWS_PER_PAGE));
    state.estimatesPage = Math.min(Math.max(0, state.estimatesPage), pages - 1);
    var firstRow = state.estimatesPage * ESTIMATE_ROWS_PER_PAGE;
    var shown = list.slice(firstRow, firstRow + ESTIMATE_ROWS_PER_PAGE);
    renderEstimatesPager(firstRow, shown.length, list.length, pages);
    shown.forEach(function (e) {
      var tr = make('tr');
      tr.dataset.statistic = e.statistic;
      tr.tabIndex = 0;
      tr.title = 'Show the articles behind this estimate';
      if (e.statistic === state.provenanceKey) {
        tr.classList.add('selected');
        tr.setAttribute('aria-current', 'true');
      }
      tr.appendChild(make('td', 'metric', metricLabel(e.metric)));
      tr.appendChild(make('td', 'place', areaName(e.place, e.subdivision)));
      tr.appendChild(make('td', 'kind', kindLabel(e.kind)));
      tr.appendChild(make('td', 'definition', definitionLabel(e.definition)));
      tr.appendChild(make('td', 'period', periodLabel(e.period)));
      tr.appendChild(make('td', 'basis', basisLabel(e.basis)));
      var best = make('td', 'num best', fmtNum(e.best));
      if (e.disputed === true) {
        tr.classList.add('disputed');
        best.appendChild(document.createTextNode(' '));
        best.appendChild(disputedMark(e));
      }
      tr.appendChild(best);
      tr.appendChild(make('td', 'num low', fmtNum(e.low)));
      tr.appendChild(make('td', 'num high', highLabel(e)));
      tr.appendChild(make('td', 'num per100k', fmt1(e.per100k)));
      tr.appendChild(make('td', 'num sources', fmtNum(e.sources)));
      tr.appendChild(make('td', 'num figures', fmtNum(e.figures)));
      tbody.appendChild(tr);
      if (hadFocusKey !== null && hadFocusKey === e.statistic) {
        tr.focus();
      }
    });
    if (list.length === 0) {
      var empty = make('tr', 'empty-row');
      var td = make('td', 'empty', 'No estimates match these filters.');
      td.colSpan = 12;
      empty.appendChild(td);
      tbody.appendChild(empty);
    }
    var n = Math.max(count, list.length);
    var text = n === 1 ? '1 estimate' : fmtNum(n) + ' estimates';
    if (more) {
      text += '; more match than one answer of the API holds (' + fmtNum(list.length) +
        ' shown): narrow the filters, or download them all as CSV';
    }
    el.estimatesCount.textContent = list.length ? text + '. Choose a row to see its sources.' : '';
  }

  // Each column's sort value, in the order of the table's columns (data-sort on its header).
  var ESTIMATE_SORT = {
    metric: function (e) { return metricLabel(e.metric); },
    place: function (e) { return areaName(e.place, e.subdivision); },
    kind: function (e) { return str(e.kind); },
    definition: function (e) { return str(e.definition); },
    period: function (e) { return e.period ? str(e.period.from) + str(e.period.to) : ''; },
    basis: function (e) { return str(e.basis); },
    best: function (e) { return e.best; },
    low: function (e) { return e.low; },
    high: function (e) { return e.high; },
    per100k: function (e) { return e.per100k; },
    sources: function (e) { return e.sources; },
    figures: function (e) { return e.figures; }
  };

  /** Missing values last whichever the direction; numbers as numbers, text in English order. */
  function compareValues(a, b, direction) {
    var aMissing = a === null || a === undefined || a === '';
    var bMissing = b === null || b === undefined || b === '';
    if (aMissing || bMissing) {
      return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    }
    var c = isNum(a) && isNum(b) ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true });
    return direction === 'descending' ? -c : c;
  }

  /** The estimates in the order chosen (the API's, by statistic, until a header is chosen). */
  function sortedEstimates() {
    var sort = state.estimatesSort;
    if (!sort) {
      return state.estimates;
    }
    var value = ESTIMATE_SORT[sort.column];
    return state.estimates.map(function (e, i) { return { e: e, i: i, v: value(e) }; }).sort(function (a, b) {
      return compareValues(a.v, b.v, sort.direction) || a.i - b.i;
    }).map(function (r) { return r.e; });
  }

  function renderEstimatesPager(firstRow, shown, total, pages) {
    el.estimatesPager.hidden = pages < 2;
    el.estimatesPage.textContent = total === 0 ? '' : 'rows ' + fmtNum(firstRow + 1) + EN_DASH + fmtNum(firstRow + shown) +
      ' of ' + fmtNum(total);
    el.estimatesPrevious.disabled = state.estimatesPage === 0;
    el.estimatesNext.disabled = state.estimatesPage >= pages - 1;
    Array.prototype.forEach.call(el.estimatesTable.tHead.querySelectorAll('th[data-sort]'), function (th) {
      var sort = state.estimatesSort;
      th.setAttribute('aria-sort', sort && sort.column === th.dataset.sort ? sort.direction : 'none');
    });
  }

  function bindEstimatesPaging() {
    el.estimatesPrevious.addEventListener('click', function () {
      state.estimatesPage--;
      safely(function () { renderEstimates(state.estimatesCount, state.estimatesMore); });
    });
    el.estimatesNext.addEventListener('click', function () {
      state.estimatesPage++;
      safely(function () { renderEstimates(state.estimatesCount, state.estimatesMore); });
    });
    // A header's button sorts by its column, ascending first, then descending.
    el.estimatesTable.tHead.addEventListener('click', function (event) {
      var th = event.target.closest('th[data-sort]');
      if (!th) {
        return;
      }
      var column = th.dataset.sort;
      var sort = state.estimatesSort;
      state.estimatesSort = { column: column, direction: sort && sort.column === column && sort.direction === 'ascending'
        ? 'descending' : 'ascending' };
      state.estimatesPage = 0;
      safely(function () { renderEstimates(state.estimatesCount, state.estimatesMore); });
    });
  }

  // ---------------------------------------------------------------------------
  // Downloads: each table's rows as the API gives them, as CSV; the chart as PNG
  // ---------------------------------------------------------------------------

  /** One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
  function csvCell(v) {
    var text = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** A record's fields flattened: a nested object's as "name.field", a list's items joined by ";". */
  function flatten(record, prefix, into) {
    Object.keys(record).forEach(function (name) {
      var v = record[name];
      if (Array.isArray(v)) {
        into[prefix + name] = v.join(';');
      } else if (v !== null && typeof v === 'object') {
        flatten(v, prefix + name + '.', into);
      } else {
        into[prefix + name] = v;
      }
    });
    return into;
  }

  /** Records as CSV: a header of every field in the order first met, then one line per record. */
  function toCsv(records) {
    var rows = records.map(function (r) { return flatten(r, '', {}); });
    var columns = [];
    rows.forEach(function (row) {
      Object.keys(row).forEach(function (c) {
        if (columns.indexOf(c) < 0) {
          columns.push(c);
        }
      });
    });
    var lines = [columns.map(csvCell).join(',')];
    rows.forEach(function (row) {
      lines.push(columns.map(function (c) { return csvCell(row[c]); }).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }

  /** Hands a file to the browser's downloads (a link to it, clicked; nothing leaves the page). */
  function download(name, blob) {
    var url = URL.createObjectURL(blob);
    var a = make('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function downloadCsv(name, records) {
    download(name.replace(/[^A-Za-z0-9_.-]+/g, '-') + '.csv', new Blob([toCsv(records)], { type: 'text/csv;charset=utf-8' }));
  }


  function bindDownloads() {
    $('series-csv').addEventListener('click', function () {
      safely(function () {
        var s = state.seriesKey ? findSeries(state.seriesKey) : null;
        if (s) {
          downloadCsv('tally-series-' + s.key, seriesPoints(s));
        }
      });
    });
    $('series-png').addEventListener('click', function () {
      safely(function () {
        if (state.chart) {
          el.seriesChart.toBlob(function (blob) {
            download(('tally-series-' + str(state.seriesKey)).replace(/[^A-Za-z0-9_.-]+/g, '-') + '.png', blob);
          }, 'image/png');
        }
      });
    });
    $('mentions-csv').addEventListener('click', function () {
      safely(function () {
        downloadCsv('tally-mentions-' + str(state.mentionsOf), state.mentions);
      });
    });
    $('overview-csv').addEventListener('click', function () {
      safely(function () {
        downloadCsv('tally-latest-by-country', overviewRows().map(function (r) { return r.s.latest; }));
      });
    });
    $('country-csv').addEventListener('click', function () {
      safely(function () {
        downloadCsv('tally-country-' + str(state.country), countrySeries(state.country).map(function (s) {
          var points = seriesPoints(s);
          return points[points.length - 1];
        }));
      });
    });
    $('estimates-csv').addEventListener('click', function () {
      safely(function () {
        // Every estimate that matches the filters, not only the rows loaded.
        return allPages(channels.download, '/api/estimates' + estimatesQuery(), 'estimates').then(function (list) {
          downloadCsv('tally-estimates' + (estimatesQuery() ? '-' + estimatesQuery().slice(1) : ''), list);
        }, function (err) {
          showEstimatesError('The estimates could not be downloaded: ' + err.message);
        });
      });
    });
  }

  // ---------------------------------------------------------------------------
  // Sorting the tables shown whole (overview, series, mentions): by a header's
  // button, kept across redraws; the estimates table sorts its data instead
  // (it shows a page of it)
  // ---------------------------------------------------------------------------

  /** A cell's value to sort by: a number for numeric columns (a dash is no value), else its text. */
  function cellSortValue(td) {
    var text = td.textContent.trim();
    if (!td.classList.contains('num')) {
      return text;
    }
    var n = parseFloat(text.replace(/[,%+\u2265 ]/g, ''));
    return isNaN(n) ? null : n;
  }

  function applyTableSort(table) {
    var sort = state.tableSorts[table.id];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.setAttribute('aria-sort', sort && sort.column === th.cellIndex ? sort.direction : 'none');
    });
    if (sort) {
      var tbody = table.tBodies[0];
      Array.prototype.filter.call(tbody.rows, function (r) { return r.cells.length > sort.column; })
        .map(function (r, i) { return { r: r, i: i, v: cellSortValue(r.cells[sort.column]) }; })
        .sort(function (a, b) { return compareValues(a.v, b.v, sort.direction) || a.i - b.i; })
        .forEach(function (x) { tbody.appendChild(x.r); });
    }
    applyTablePage(table);
  }

  /** The pager under a table shown whole, made the first time it is needed. */
  function tablePager(table) {
    var id = table.id + '-pager';
    var nav = $(id);
    if (nav) {
      return nav;
    }
    nav = make('nav', 'pager');
    nav.id = id;
    nav.setAttribute('aria-label', 'Pages of ' + (table.caption ? table.caption.textContent : 'the table'));
    [['previous', 'Previous', -1], ['page', null, 0], ['next', 'Next', 1]].forEach(function (part) {
      var node = part[1] ? make('button', 'button secondary ' + part[0], part[1]) : make('span', 'meta page');
      if (part[1]) {
        node.type = 'button';
        node.addEventListener('click', function () {
          state.tablePages[table.id] = (state.tablePages[table.id] || 0) + part[2];
          safely(function () { applyTablePage(table); });
        });
      } else {
        node.setAttribute('aria-live', 'polite');
      }
      nav.appendChild(node);
    });
    var after = table.closest('.table-scroll') || table;
    after.parentNode.insertBefore(nav, after.nextSibling);
    return nav;
  }

  /** Shows one page of a table shown whole (in its order on show), with a pager when there is more than one. */
  function applyTablePage(table) {
    var rows = table.tBodies[0].rows;
    var pages = Math.max(1, Math.ceil(rows.length / TABLE_ROWS_PER_PAGE));
    var page = Math.max(0, Math.min(state.tablePages[table.id] || 0, pages - 1));
    state.tablePages[table.id] = page;
    for (var i = 0; i < rows.length; i++) {
      rows[i].hidden = Math.floor(i / TABLE_ROWS_PER_PAGE) !== page;
    }
    if (pages < 2 && !$(table.id + '-pager')) {
      return;
    }
    var nav = tablePager(table);
    nav.hidden = pages < 2;
    nav.querySelector('.page').textContent = 'rows ' + (page * TABLE_ROWS_PER_PAGE + 1) + EN_DASH +
      Math.min(rows.length, (page + 1) * TABLE_ROWS_PER_PAGE) + ' of ' + rows.length;
    nav.querySelector('.previous').disabled = page === 0;
    nav.querySelector('.next').disabled = page === pages - 1;
  }

  /** Turns each header of a table into a button that sorts by its column, ascending first, then descending. */
  function makeSortable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var button = make('button', 'sort', th.textContent);
      button.type = 'button';
      clear(th);
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
    });
    table.tHead.addEventListener('click', function (event) {
      var th = event.target.closest('th');
      if (!th) {
        return;
      }
      var sort = state.tableSorts[table.id];
      state.tableSorts[table.id] = { column: th.cellIndex, direction: sort && sort.column === th.cellIndex &&
        sort.direction === 'ascending' ? 'descending' : 'ascending' };
      state.tablePages[table.id] = 0; // a new order starts on its first page
      safely(function () { applyTableSort(table); });
    });
  }

  /** The "disputed" mark of an estimate whose outlets disagree, listing their values. */
  function disputedMark(e) {
    var values = Array.isArray(e.values) ? e.values.filter(isNum).map(fmtNum) : [];
    var mark = make('span', 'disputed-mark', 'disputed');
    mark.title = 'Outlets disagree' + (values.length ? ': ' + values.join(', ') : '');
    return mark;
  }

  function rowFromEvent(event) {
    var node = event.target;
    var tbody = el.estimatesTable.tBodies[0];
    while (node && node !== tbody) {
      if (node.nodeName === 'TR' && node.parentNode === tbody) {
        return node;
      }
      node = node.parentNode;
    }
    return null;
  }

  function onEstimatesClick(event) {
    var tr = rowFromEvent(event);
    if (!tr || !tr.dataset.statistic) {
      return;
    }
    // Let people select text in a row without opening the panel.
    var selection = window.getSelection ? window.getSelection() : null;
    if (selection && !selection.isCollapsed && tr.contains(selection.anchorNode)) {
      return;
    }
    openProvenance(tr.dataset.statistic);
  }

  function onEstimatesKey(event) {
    if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Spacebar') {
      return;
    }
    var tr = rowFromEvent(event);
    if (!tr || !tr.dataset.statistic || event.target !== tr) {
      return;
    }
    event.preventDefault();
    openProvenance(tr.dataset.statistic);
  }

  function markSelectedRow() {
    var rows = el.estimatesTable.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var on = !!state.provenanceKey && rows[i].dataset.statistic === state.provenanceKey;
      rows[i].classList.toggle('selected', on);
      if (on) {
        rows[i].setAttribute('aria-current', 'true');
      } else {
        rows[i].removeAttribute('aria-current');
      }
    }
  }

  // ---------------------------------------------------------------------------
  // Provenance
  // ---------------------------------------------------------------------------

  function openProvenance(key) {
    state.provenanceKey = key;
    state.provenanceOpener = key;
    markSelectedRow();
    el.provenance.hidden = false;
    clear(el.provenanceSummary);
    clear(el.provenanceReports);
    el.provenanceHeading.textContent = 'Provenance';
    el.provenanceReports.appendChild(make('p', 'meta', 'Loading…'));
    showProvenanceError(null);
    loadProvenance(true);
  }

  function closeProvenance() {
    var key = state.provenanceOpener;
    state.provenanceKey = null;
    state.provenanceOpener = null;
    if (channels.provenance.controller) {
      channels.provenance.controller.abort();
      channels.provenance.controller = null;
    }
    el.provenance.hidden = true;
    clear(el.provenanceSummary);
    clear(el.provenanceReports);
    setError('provenance', null);
    markSelectedRow();
    if (key) {
      var rows = el.estimatesTable.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        if (rows[i].dataset.statistic === key) {
          rows[i].focus();
          break;
        }
      }
    }
  }

  function showProvenanceError(message) {
    el.provenanceError.textContent = message || '';
    el.provenanceError.hidden = !message;
  }

  function loadProvenance(focus) {
    var key = state.provenanceKey;
    if (!key) {
      return Promise.resolve();
    }
    var url = '/api/provenance?statistic=' + encodeURIComponent(key);
    var dataset = el.filterDataset.value.trim();
    if (dataset) {
      url += '&dataset=' + encodeURIComponent(dataset); // the reports of the dataset the table shows
    }
    return channels.provenance.get(url).then(function (body) {
      if (state.provenanceKey !== key) {
        return;
      }
      setError('provenance', null);
      showProvenanceError(null);
      renderProvenance(body);
      if (focus) {
        el.provenanceHeading.focus();
        if (el.provenance.scrollIntoView) {
          el.provenance.scrollIntoView({ block: 'start', behavior: 'smooth' });
        }
      }
    }, function (err) {
      if (isAbort(err) || state.provenanceKey !== key) {
        return;
      }
      if (err.status === 404 || err.status === 400) {
        clear(el.provenanceSummary);
        clear(el.provenanceReports);
        showProvenanceError(err.status === 404
          ? 'This estimate is no longer available (' + err.message + ').'
          : err.message);
        setError('provenance', null);
      } else {
        setError('provenance', 'Provenance could not be loaded: ' + err.message);
        if (!el.provenanceSummary.firstChild) {
          clear(el.provenanceReports);
        }
      }
      if (focus) {
        el.provenanceHeading.focus();
      }
    });
  }

  function addTerm(dl, term, value, className) {
    var wrap = make('div', 'summary-item' + (className ? ' ' + className : ''));
    wrap.appendChild(make('dt', null, term));
    var dd = make('dd');
    if (value instanceof Node) {
      dd.appendChild(value);
    } else {
      dd.textContent = value === undefined || value === null || value === '' ? DASH : String(value);
    }
    wrap.appendChild(dd);
    dl.appendChild(wrap);
  }

  function renderProvenance(body) {
    var e = body && body.estimate && typeof body.estimate === 'object' ? body.estimate : {};
    var reports = body && Array.isArray(body.reports) ? body.reports : [];

    el.provenanceHeading.textContent = 'Provenance: ' + metricLabel(e.metric) + ' in ' +
      placeName(e.place) + ', ' + periodLabel(e.period);

    var dl = el.provenanceSummary;
    clear(dl);
    addTerm(dl, 'Metric', metricLabel(e.metric) + (e.category ? ' (' + words(e.category) + ')' : ''));
    addTerm(dl, 'Place', placeName(e.place) + (e.place && placeName(e.place) !== e.place ? ' (' + e.place + ')' : ''));
    addTerm(dl, 'Subdivision', str(e.subdivision) || 'whole country');
    addTerm(dl, 'Kind', kindLabel(e.kind));
    addTerm(dl, 'Definition', definitionLabel(e.definition));
    addTerm(dl, 'Period', periodLabel(e.period));
    addTerm(dl, 'Basis', basisLabel(e.basis));
    addTerm(dl, 'Best', fmtNum(e.best), 'best');
    addTerm(dl, 'Low', fmtNum(e.low));
    addTerm(dl, 'High', highLabel(e));
    addTerm(dl, 'Disputed', e.disputed === true ? 'yes: ' + (Array.isArray(e.values) ? e.values.filter(isNum).map(fmtNum).join(', ') : '')
      : 'no', e.disputed === true ? 'disputed' : null);
    addTerm(dl, 'Per year', fmtNum(e.perYear));
    addTerm(dl, 'Per 100k/yr', fmt1(e.per100k));
    addTerm(dl, 'Sources', fmtNum(e.sources));
    addTerm(dl, 'Articles', fmtNum(e.articleCount));
    addTerm(dl, 'Figures', fmtNum(e.figures));
    addTerm(dl, 'First reported', str(e.firstReported));
    addTerm(dl, 'Last reported', str(e.lastReported));
    addTerm(dl, 'Statistic', str(e.statistic || state.provenanceKey), 'statistic');

    var container = el.provenanceReports;
    clear(container);
    // The API gives a page of the reports (the oldest 200): say so when there are more.
    var total = body && typeof body.reportCount === 'number' ? body.reportCount : reports.length;
    el.provenanceReportsHeading.textContent = total > reports.length ? 'the first ' + fmtNum(reports.length) + ' of ' + fmtNum(total) + ' reports'
      : reports.length === 1 ? '1 report' : fmtNum(reports.length) + ' reports';
    if (reports.length === 0) {
      container.appendChild(make('p', 'meta', 'No reports are recorded for this estimate.'));
      return;
    }
    reports.forEach(function (r) {
      if (!r || typeof r !== 'object') {
        return;
      }
      container.appendChild(renderReport(r));
    });
  }

  var LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

  function renderReport(r) {
    var article = make('article', 'report');
    if (typeof r.figureId === 'string') {
      article.dataset.figure = r.figureId;
    }

    var head = make('p', 'report-head');
    head.appendChild(make('span', 'outlet', str(r.source).trim() || 'unknown outlet'));
    head.appendChild(make('span', 'sep', ' \u00b7 '));
    var published = make('span', 'published');
    if (r.published) {
      var time = make('time', null, str(r.published));
      time.dateTime = str(r.published);
      published.appendChild(time);
    } else {
      published.textContent = 'date unknown';
    }
    head.appendChild(published);
    article.appendChild(head);

    var quote = make('blockquote', 'quote', str(r.quote) || '(no quote recorded)');
    if (typeof r.lang === 'string' && LANG_TAG.test(r.lang)) {
      quote.lang = r.lang;
    }
    article.appendChild(quote);

    var value = make('p', 'figure');
    value.appendChild(make('span', 'label', 'Reported figure: '));
    value.appendChild(make('strong', 'value', fmtNum(r.value)));
    value.appendChild(document.createTextNode(' '));
    value.appendChild(make('span', 'qualifier', '(' + qualifierLabel(r.qualifier) + ')'));
    article.appendChild(value);

    var link = make('p', 'link-line');
    link.appendChild(safeLink(r.url, 'link'));
    article.appendChild(link);

    var meta = [];
    if (r.lang) {
      meta.push('language: ' + str(r.lang));
    }
    if (r.extractor) {
      meta.push('extractor: ' + str(r.extractor));
    }
    if (r.articleId) {
      meta.push('article: ' + str(r.articleId));
    }
    if (meta.length) {
      article.appendChild(make('p', 'report-meta', meta.join(' \u00b7 ')));
    }
    return article;
  }

  // ---------------------------------------------------------------------------
  // Live updates (Server-Sent Events)
  // ---------------------------------------------------------------------------

  var refreshSeries = debounce(function () {
    safely(function () { return Promise.all([loadOverview(), loadSeries()]); });
  }, DEBOUNCE_MS);
  var refreshAlerts = debounce(function () { safely(loadAlerts); }, DEBOUNCE_MS);
  var refreshMentions = debounce(function () { safely(loadMentions); }, DEBOUNCE_MS);
  var refreshEstimates = debounce(function () {
    safely(loadEstimates);
    if (state.provenanceKey) {
      safely(function () { return loadProvenance(false); });
    }
  }, DEBOUNCE_MS);

  var live = { source: null, hadError: false, retryTimer: null, retryDelay: 2000 };

  function setLiveStatus(stateName, text) {
    el.liveStatus.textContent = text;
    el.liveStatus.dataset.state = stateName;
  }

  function connectLive() {
    if (typeof window.EventSource !== 'function') {
      setLiveStatus('unsupported', 'not live (no EventSource)');
      return;
    }
    var source;
    try {
      source = new EventSource('/api/events');
    } catch (err) {
      setLiveStatus('error', 'reconnecting\u2026');
      scheduleReconnect();
      return;
    }
    live.source = source;
    source.addEventListener('open', function () {
      setLiveStatus('live', 'live');
      live.retryDelay = 2000;
      if (live.hadError) {
        // Events may have been missed while disconnected.
        live.hadError = false;
        refreshSeries();
        refreshEstimates();
        refreshMentions();
        refreshAlerts();
      }
    });
    source.addEventListener('error', function () {
      live.hadError = true;
      setLiveStatus('reconnecting', 'reconnecting\u2026');
      if (source.readyState === 2) { // CLOSED: the browser gave up, so retry ourselves
        source.close();
        if (live.source === source) {
          live.source = null;
        }
        scheduleReconnect();
      }
    });
    source.addEventListener('series', function () { refreshSeries(); });
    source.addEventListener('alert', function () { refreshAlerts(); });
    source.addEventListener('estimates', function () { refreshEstimates(); });
    source.addEventListener('mentions', function () { refreshMentions(); });
  }

  function scheduleReconnect() {
    if (live.retryTimer !== null) {
      return;
    }
    var delay = live.retryDelay;
    live.retryDelay = Math.min(live.retryDelay * 2, 60000);
    live.retryTimer = setTimeout(function () {
      live.retryTimer = null;
      connectLive();
    }, delay);
  }

  // ---------------------------------------------------------------------------
  // Wiring
  // ---------------------------------------------------------------------------

  /** Runs fn (which may return a promise) and turns any failure into a banner message. */
  function safely(fn) {
    try {
      var result = fn();
      if (result && typeof result.then === 'function') {
        result.then(null, function (err) {
          if (!isAbort(err)) {
            setError('unexpected', 'Something went wrong: ' + (err && err.message ? err.message : err));
          }
        });
      }
    } catch (err) {
      setError('unexpected', 'Something went wrong: ' + (err && err.message ? err.message : err));
    }
  }

  function bind() {
    el.errorBanner = $('error-banner');
    el.liveStatus = $('live-status');
    el.seriesSelect = $('series-select');
    el.seriesMeasure = $('series-measure');
    el.seriesCompare = $('series-compare');
    el.alertsBadge = $('alerts-badge');
    el.alertsCount = $('alerts-count');
    el.alertsPanel = $('alerts');
    el.alertsEmpty = $('alerts-empty');
    el.alertsList = $('alerts-list');
    el.compareNote = $('compare-note');
    el.seriesChart = $('series-chart');
    el.seriesTable = $('series-table');
    el.seriesCaption = $('series-caption');
    el.seriesEmpty = $('series-empty');
    el.overviewTable = $('overview-table');
    el.overviewEmpty = $('overview-empty');
    el.mapStatistic = $('map-statistic');
    el.mapYear = $('map-year');
    el.mapMeasure = $('map-measure');
    el.mapMeaning = $('map-meaning');
    el.mapEmpty = $('map-empty');
    el.mapSvg = $('map-svg');
    el.mapLegend = $('map-legend');
    el.country = $('country');
    el.countryHeading = $('country-heading');
    el.countryEmpty = $('country-empty');
    el.countryTable = $('country-table');
    el.countryDefinitions = $('country-definitions');
    el.countryMap = $('country-map');
    el.countryMapMeaning = $('country-map-meaning');
    el.countryMapSvg = $('country-map-svg');
    el.countryMapLegend = $('country-map-legend');
    el.mentionsChart = $('mentions-chart');
    el.mentionsTable = $('mentions-table');
    el.mentionsEmpty = $('mentions-empty');
    el.filterCategory = $('filter-category');
    el.filterMetric = $('filter-metric');
    el.filterPlace = $('filter-place');
    el.filterSubdivision = $('filter-subdivision');
    el.filterKind = $('filter-kind');
    el.filterDefinition = $('filter-definition');
    el.seriesKind = $('series-kind');
    el.seriesMeaning = $('series-meaning');
    el.filterYear = $('filter-year');
    el.filterFrom = $('filter-from');
    el.filterTo = $('filter-to');
    el.filterMinSources = $('filter-min-sources');
    el.filterDataset = $('filter-dataset');
    el.filterReset = $('filter-reset');
    el.estimatesError = $('estimates-error');
    el.estimatesCount = $('estimates-count');
    el.estimatesTable = $('estimates-table');
    el.estimatesPager = $('estimates-pager');
    el.estimatesPage = $('estimates-page');
    el.estimatesPrevious = $('estimates-previous');
    el.estimatesNext = $('estimates-next');
    el.provenance = $('provenance');
    el.provenanceHeading = $('provenance-heading');
    el.provenanceClose = $('provenance-close');
    el.provenanceError = $('provenance-error');
    el.provenanceSummary = $('provenance-summary');
    el.provenanceReports = $('provenance-reports');
    el.provenanceReportsHeading = $('provenance-reports-heading');

    el.seriesSelect.addEventListener('change', function () {
      if (el.seriesSelect.value) {
        state.seriesKey = el.seriesSelect.value;
        state.seriesChosenByUser = true;
        safely(renderSeries);
      }
    });
    el.seriesMeasure.addEventListener('change', function () {
      safely(renderSeries);
    });
    el.seriesCompare.addEventListener('change', function () {
      safely(onCompareChange);
    });
    el.alertsBadge.addEventListener('click', function () {
      el.alertsPanel.hidden = !el.alertsPanel.hidden;
      el.alertsBadge.setAttribute('aria-expanded', String(!el.alertsPanel.hidden));
    });
    el.alertsList.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-series]');
      if (button) {
        safely(function () { openSeries(button.dataset.series); });
      }
    });
    el.seriesKind.addEventListener('change', function () {
      safely(function () {
        renderSeriesSelect();
        renderSeries();
      });
    });

    var reloadEstimatesSoon = debounce(function () { safely(loadEstimates); }, DEBOUNCE_MS);
    el.filterCategory.addEventListener('change', function () {
      safely(function () {
        renderFilters(); // narrows the metric list; clears a metric of another category
        var metric = el.filterMetric.value;
        var category = el.filterCategory.value;
        if (metric && category && state.known.metricCategory.get(metric) &&
            state.known.metricCategory.get(metric) !== category) {
          el.filterMetric.value = '';
          renderFilters();
        }
        return loadEstimates();
      });
    });
    el.filterMetric.addEventListener('change', function () { safely(loadEstimates); });
    el.filterPlace.addEventListener('change', function () { safely(loadEstimates); });
    [el.filterSubdivision, el.filterKind, el.filterDefinition].forEach(function (select) {
      select.addEventListener('change', function () { safely(loadEstimates); });
    });
    el.filterYear.addEventListener('input', reloadEstimatesSoon);
    [el.filterFrom, el.filterTo, el.filterMinSources, el.filterDataset].forEach(function (input) {
      input.addEventListener('input', reloadEstimatesSoon);
      input.addEventListener('input', function () { safely(writeView); });
    });
    el.filterYear.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        safely(loadEstimates);
      }
    });
    el.filterReset.addEventListener('click', function () {
      el.filterCategory.value = '';
      el.filterMetric.value = '';
      el.filterPlace.value = '';
      el.filterSubdivision.value = '';
      el.filterKind.value = '';
      el.filterDefinition.value = '';
      el.filterYear.value = '';
      el.filterFrom.value = '';
      el.filterTo.value = '';
      el.filterMinSources.value = '';
      el.filterDataset.value = '';
      safely(function () {
        renderFilters();
        return loadEstimates();
      });
    });

    var tbody = el.estimatesTable.tBodies[0];
    tbody.addEventListener('click', function (event) { safely(function () { onEstimatesClick(event); }); });
    tbody.addEventListener('keydown', function (event) { safely(function () { onEstimatesKey(event); }); });

    el.provenanceClose.addEventListener('click', function () { safely(closeProvenance); });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !el.provenance.hidden) {
        safely(closeProvenance);
      }
    });

    // Every choice is kept in the address (after the handlers above have applied it).
    [el.seriesSelect, el.seriesMeasure, el.seriesKind, el.filterCategory, el.filterMetric, el.filterPlace,
      el.filterSubdivision, el.filterKind, el.filterDefinition].forEach(function (select) {
      select.addEventListener('change', function () { safely(writeView); });
    });
    el.filterYear.addEventListener('input', function () { safely(writeView); });
    el.filterReset.addEventListener('click', function () { safely(writeView); });
    window.addEventListener('hashchange', function () {
      safely(function () {
        readView();
        renderFilters();
        renderSeriesSelect();
        renderSeries();
        renderOverview();
        renderCountry();
        renderMap();
        return loadEstimates();
      });
    });
    var overview = el.overviewTable.tBodies[0];
    overview.addEventListener('click', function (event) {
      var country = event.target.closest('button[data-country]');
      if (country) {
        safely(function () { openCountry(country.dataset.country); });
        return;
      }
      var tr = event.target.closest('tr[data-series]');
      if (tr) {
        safely(function () { openSeries(tr.dataset.series); });
      }
    });
    overview.addEventListener('keydown', function (event) {
      var tr = event.target.closest('tr[data-series]');
      if (tr && !event.target.closest('button') && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        safely(function () { openSeries(tr.dataset.series); });
      }
    });


    [el.mapStatistic, el.mapYear, el.mapMeasure].forEach(function (select) {
      select.addEventListener('change', function () { safely(onMapChoice); });
    });
    el.mapSvg.addEventListener('click', function (event) {
      var shape = event.target.closest('[data-iso]');
      if (shape) {
        safely(function () { openCountry(shape.dataset.iso); });
      }
    });
    el.mapSvg.addEventListener('keydown', function (event) {
      var shape = event.target.closest('[data-iso]');
      if (shape && event.key === 'Enter') {
        safely(function () { openCountry(shape.dataset.iso); });
      }
    });
    function openSubdivision(event) {
      var shape = event.target.closest('[data-subdivision]');
      var key = shape ? state.countryMapSeries.get(shape.dataset.subdivision) : null;
      if (key && (event.type === 'click' || event.key === 'Enter')) {
        safely(function () { openSeries(key); });
      }
    }
    el.countryMapSvg.addEventListener('click', openSubdivision);
    el.countryMapSvg.addEventListener('keydown', openSubdivision);
    var countryRows = el.countryTable.tBodies[0];
    countryRows.addEventListener('click', function (event) {
      var tr = event.target.closest('tr[data-series]');
      if (tr) {
        safely(function () { openSeries(tr.dataset.series); });
      }
    });
    countryRows.addEventListener('keydown', function (event) {
      var tr = event.target.closest('tr[data-series]');
      if (tr && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        safely(function () { openSeries(tr.dataset.series); });
      }
    });
    $('country-close').addEventListener('click', function () { safely(function () { openCountry(null); }); });
    $('country-estimates').addEventListener('click', function () {
      safely(function () {
        restoreSelect(el.filterPlace, state.country);
        writeView();
        $('estimates').scrollIntoView();
        return loadEstimates();
      });
    });

    bindDownloads();
    bindEstimatesPaging();
    [el.overviewTable, el.countryTable, el.seriesTable, el.mentionsTable].forEach(makeSortable);

    window.addEventListener('unhandledrejection', function (event) {
      if (isAbort(event.reason)) {
        event.preventDefault();
        return;
      }
      setError('unexpected', 'Something went wrong: ' +
        (event.reason && event.reason.message ? event.reason.message : String(event.reason)));
    });
  }

  function start() {
    bind();
    renderMeaningFilters();
    readView();
    setLiveStatus('connecting', 'connecting\u2026');
    safely(function () {
      loadPlaces();
      window.TallyMap.preload(); // the shapes arrive while the overview is read
      // The first view needs only the overview; the whole series (the series on show, its country, comparisons) are
      // read once it is drawn, and the alerts (computed from every series too) after them, not competing with it.
      return Promise.all([loadOverview().then(loadSeries).then(loadAlerts), loadEstimates()]);
    });
    safely(connectLive);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { safely(start); });
  } else {
    safely(start);
  }
})();
