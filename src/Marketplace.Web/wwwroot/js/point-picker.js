// Enhances a form's typed latitude and longitude with a map to tap and a "use my location" button. Without this
// script, or when the tiles cannot load, the typed fields work as they are: the map only writes into them.
(function () {
  "use strict";

  var picker = document.querySelector("[data-point-picker]");
  if (!picker || !window.L) {
    return;
  }

  var lat = document.getElementById(picker.getAttribute("data-lat-field"));
  var lon = document.getElementById(picker.getAttribute("data-lon-field"));
  var status = picker.querySelector("[data-point-status]");
  var locate = picker.querySelector("[data-point-locate]");
  var mapElement = picker.querySelector("[data-point-map]");
  var tiles = picker.getAttribute("data-tiles");

  function say(text) {
    status.textContent = text;
  }

  function typed() {
    var a = parseFloat((lat.value || "").replace(",", "."));
    var b = parseFloat((lon.value || "").replace(",", "."));
    return isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180 ? L.latLng(a, b) : null;
  }

  var map = null;
  var marker = null;

  function place(point, write) {
    if (write) {
      lat.value = point.lat.toFixed(6);
      lon.value = point.lng.toFixed(6);
    }

    if (!map) {
      return;
    }

    if (marker) {
      marker.setLatLng(point);
    } else {
      marker = L.marker(point, { draggable: true, alt: picker.getAttribute("data-marker-label"), title: picker.getAttribute("data-marker-label") }).addTo(map);
      marker.on("dragend", function () {
        place(marker.getLatLng(), true);
        say(picker.getAttribute("data-chosen"));
      });
    }
  }

  if (tiles) {
    mapElement.hidden = false;
    var start = typed();
    var centre = start || L.latLng(parseFloat(picker.getAttribute("data-centre-lat")), parseFloat(picker.getAttribute("data-centre-lon")));
    map = L.map(mapElement, { keyboard: true }).setView(centre, start ? 16 : 12);
    var layer = L.tileLayer(tiles, {
      attribution: picker.getAttribute("data-attribution"),
      maxZoom: 19,
      referrerPolicy: "strict-origin",
    }).addTo(map);
    var failed = false;
    layer.on("tileerror", function () {
      if (!failed) {
        failed = true;
        say(picker.getAttribute("data-tiles-failed"));
      }
    });
    map.on("click", function (event) {
      place(event.latlng, true);
      say(picker.getAttribute("data-chosen"));
    });
    if (start) {
      place(start, false);
    }

    [lat, lon].forEach(function (field) {
      field.addEventListener("change", function () {
        var point = typed();
        if (point) {
          place(point, false);
          map.panTo(point);
        }
      });
    });
  }

  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      say(picker.getAttribute("data-locating"));
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var point = L.latLng(position.coords.latitude, position.coords.longitude);
          place(point, true);
          if (map) {
            map.setView(point, 17);
          }
          say(picker.getAttribute("data-located"));
        },
        function () {
          say(picker.getAttribute("data-locate-failed"));
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
      );
    });
  }
})();
