/*
 * Tally's maps: a choropleth of one value per country, drawn from world-atlas's Natural Earth
 * shapes as SVG paths projected once by tools/dashboard-map (/assets/map/countries-110m.json, ids
 * as ISO alpha-2 codes), and one of a country's subdivisions (/assets/map/subdivisions-10m.json,
 * Natural Earth's admin-1 shapes of the countries Tally knows subdivisions of, ids as ISO 3166-2
 * codes), served from 'self' with no map library. It only draws; dashboard.js decides which value
 * each area has. Colours are SVG fill attributes, never inline style, so the page's content
 * security policy stays strict.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  // ColorBrewer's YlOrRd, light to dark: the more, the darker.
  var COLOURS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
  var NO_DATA = '#d4d4d8';
  var shapes = {}; // the promise of each file of projected shapes, fetched once

  function load(file) {
    if (!shapes[file]) {
      shapes[file] = fetch('/assets/map/' + file).then(function (r) {
        if (!r.ok) {
          throw new Error('the map\u2019s shapes could not be loaded (HTTP ' + r.status + ')');
        }
        return r.json();
      });
      shapes[file].catch(function () { delete shapes[file]; }); // a later draw tries again
    }
    return shapes[file];
  }

  /** The world's countries as {width, height, sphere, areas}. */
  function world() {
    return load('countries-110m.json').then(function (map) {
      return { width: map.width, height: map.height, sphere: map.sphere, areas: map.countries };
    });
  }

  /** A country's subdivisions as {width, height, areas}, or null when none are shipped for it. */
  function subdivisionsOf(iso) {
    return load('subdivisions-10m.json').then(function (map) {
      return map.countries[iso] || null;
    });
  }

  /**
   * Up to five classes holding about as many countries each (quantiles of the distinct values),
   * each {min, max, colour}: a country's class is the one whose range holds its value.
   */
  function classesOf(values) {
    var distinct = values.slice().sort(function (a, b) { return a - b; }).filter(function (v, i, all) {
      return i === 0 || v !== all[i - 1];
    });
    var n = Math.min(COLOURS.length, distinct.length);
    var classes = [];
    for (var i = 0; i < n; i++) {
      classes.push({
        min: distinct[Math.floor(i * distinct.length / n)],
        max: distinct[Math.floor((i + 1) * distinct.length / n) - 1],
        colour: COLOURS[n === 1 ? 2 : Math.round(i * (COLOURS.length - 1) / (n - 1))]
      });
    }
    return classes;
  }

  function classOf(classes, value) {
    for (var i = 0; i < classes.length; i++) {
      if (value <= classes[i].max) {
        return classes[i];
      }
    }
    return null;
  }

  function swatch(colour) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'swatch');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('aria-hidden', 'true');
    var rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('width', '14');
    rect.setAttribute('height', '14');
    rect.setAttribute('fill', colour);
    svg.appendChild(rect);
    return svg;
  }

  function legendItem(colour, text) {
    var li = document.createElement('li');
    li.appendChild(swatch(colour));
    li.appendChild(document.createTextNode(' ' + text));
    li.dataset.colour = colour;
    return li;
  }

  /**
   * Draws map's areas into svg, each of class kind ('country' or 'subdivision', its id in data-iso or
   * data-subdivision), and the classes into legend (a list). values maps ids to numbers; format(v)
   * writes a number, name(id) an area's name (null: the shapes' own names).
   */
  function paint(map, kind, svg, legend, values, format, name) {
    var classes = classesOf(Array.from(values.values()));
    svg.setAttribute('viewBox', '0 0 ' + map.width + ' ' + map.height);
    while (svg.firstChild) {
      svg.removeChild(svg.firstChild);
    }
    if (map.sphere) {
      var sphere = document.createElementNS(SVG, 'path');
      sphere.setAttribute('class', 'sphere');
      sphere.setAttribute('d', map.sphere);
      svg.appendChild(sphere);
    }
    map.areas.forEach(function (f) {
      var id = f.id;
      var has = id && values.has(id);
      var shape = document.createElementNS(SVG, 'path');
      shape.setAttribute('class', has ? kind : kind + ' no-data');
      shape.setAttribute('d', f.d);
      shape.setAttribute('fill', has ? classOf(classes, values.get(id)).colour : NO_DATA);
      var title = document.createElementNS(SVG, 'title');
      var label = id && name ? name(id) : f.name;
      title.textContent = label + ': ' + (has ? format(values.get(id)) : 'no data');
      shape.appendChild(title);
      if (id) {
        shape.dataset[kind === 'country' ? 'iso' : 'subdivision'] = id;
        shape.setAttribute('tabindex', '0');
        shape.setAttribute('role', 'link');
        shape.setAttribute('aria-label', title.textContent);
      }
      if (has) {
        shape.dataset.value = String(values.get(id));
      }
      svg.appendChild(shape);
    });
    while (legend.firstChild) {
      legend.removeChild(legend.firstChild);
    }
    classes.forEach(function (c) {
      var li = legendItem(c.colour, c.min === c.max ? format(c.min) : format(c.min) + ' \u2013 ' + format(c.max));
      li.dataset.min = String(c.min);
      li.dataset.max = String(c.max);
      legend.appendChild(li);
    });
    legend.appendChild(legendItem(NO_DATA, 'no data')).classList.add('no-data');
  }

  /** Draws the world's countries (values by ISO alpha-2 code). Returns a promise. */
  function draw(svg, legend, values, format, name) {
    return world().then(function (map) {
      paint(map, 'country', svg, legend, values, format, name);
    });
  }

  /**
   * Draws a country's subdivisions (values by ISO 3166-2 code). Returns a promise of whether the
   * country has shapes of its subdivisions (nothing is drawn when not).
   */
  function drawSubdivisions(iso, svg, legend, values, format, name) {
    return subdivisionsOf(iso).then(function (map) {
      if (map) {
        paint(map, 'subdivision', svg, legend, values, format, name);
      }
      return !!map;
    });
  }

  window.TallyMap = {
    draw: draw,
    drawSubdivisions: drawSubdivisions,
    /** Starts fetching the shapes, so that the first draw need not wait for them. */
    preload: function () { world().catch(function () { /* the first draw reports it */ }); }
  };
})();
