// Agenda maps: the activity map (markers grouped per grid cell at each zoom) and the pin picker of the activity
// form. Both are enhancements: the list under the map and the coordinate fields work without them.
(function () {
  'use strict';

  var BELGIUM = [50.6, 4.6];
  var CELL = 56;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function baseMap(element) {
    var map = L.map(element, { scrollWheelZoom: false }).setView(BELGIUM, 7);
    var attribution = '<a href="' + escapeHtml(element.dataset.attributionUrl) + '">'
      + escapeHtml(element.dataset.attribution) + '</a>';
    L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: attribution }).addTo(map);
    return map;
  }

  function activityMap(element) {
    var points = [];
    document.querySelectorAll('#map-list li[data-lat]').forEach(function (item) {
      var link = item.querySelector('a');
      points.push({ latlng: L.latLng(parseFloat(item.dataset.lat), parseFloat(item.dataset.lng)),
        href: link.getAttribute('href'), title: link.textContent });
    });
    var map = baseMap(element);
    var layer = L.layerGroup().addTo(map);
    var clusterLabel = element.dataset.clusterLabel || '';

    function popup(point) {
      var link = document.createElement('a');
      link.href = point.href;
      link.textContent = point.title;
      return link;
    }

    function draw() {
      layer.clearLayers();
      var zoom = map.getZoom();
      var cells = {};
      points.forEach(function (point) {
        var pixel = map.project(point.latlng, zoom);
        var key = Math.floor(pixel.x / CELL) + ':' + Math.floor(pixel.y / CELL);
        (cells[key] = cells[key] || []).push(point);
      });
      Object.keys(cells).forEach(function (key) {
        var group = cells[key];
        if (group.length === 1) {
          L.marker(group[0].latlng, { title: group[0].title, alt: group[0].title })
            .bindPopup(popup(group[0])).addTo(layer);
          return;
        }
        var bounds = L.latLngBounds(group.map(function (p) { return p.latlng; }));
        var icon = L.divIcon({ className: 'map-cluster', html: '<span>' + group.length + '</span>', iconSize: [36, 36] });
        var marker = L.marker(bounds.getCenter(), { icon: icon, title: clusterLabel.replace('{0}', group.length) });
        marker.on('click', function () {
          if (zoom >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) {
            var list = document.createElement('ul');
            group.forEach(function (p) {
              var item = document.createElement('li');
              item.appendChild(popup(p));
              list.appendChild(item);
            });
            marker.bindPopup(list).openPopup();
          } else {
            map.fitBounds(bounds.pad(0.3));
          }
        });
        marker.addTo(layer);
      });
    }

    map.on('zoomend', draw);
    if (points.length > 0) {
      map.fitBounds(L.latLngBounds(points.map(function (p) { return p.latlng; })).pad(0.1), { maxZoom: 12 });
    }
    draw();
  }

  function pinPicker(element) {
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    var map = baseMap(element);
    var marker = null;

    function place(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.marker(latlng).addTo(map);
      }
    }

    function fromFields() {
      var lat = parseFloat(latitude.value.replace(',', '.'));
      var lng = parseFloat(longitude.value.replace(',', '.'));
      if (!isNaN(lat) && !isNaN(lng)) {
        place(L.latLng(lat, lng));
      }
    }

    map.on('click', function (event) {
      latitude.value = event.latlng.lat.toFixed(5);
      longitude.value = event.latlng.lng.toFixed(5);
      place(event.latlng);
    });
    latitude.addEventListener('change', fromFields);
    longitude.addEventListener('change', fromFields);
    fromFields();
    if (marker) {
      map.setView(marker.getLatLng(), 13);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      return;
    }
    var activities = document.getElementById('activity-map');
    if (activities) {
      activityMap(activities);
    }
    var picker = document.getElementById('pin-map');
    if (picker) {
      pinPicker(picker);
    }
  });
})();
