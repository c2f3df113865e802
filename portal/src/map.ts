import * as L from '../vendor/leaflet.js';
import type { TEXTS, Lang } from './i18n.js';

export interface Place {
  id: string;
  name: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  population: number;
  districtId: string;
}

export interface District {
  id: string;
  name: string;
}

export interface MapOffer {
  id: string;
  title: string;
  latitude: number;
  longitude: number;
}

/** Baden-Württemberg's extent: the map starts there and never wanders far off. */
const BW: L.LatLngBoundsLiteral = [
  [47.5, 7.4],
  [49.85, 10.55],
];

const COLOURS = { place: '#5c5c5c', district: '#1d4f91', offer: '#b3261e', origin: '#1d4f91' };

/**
 * The map, without tiles (the hub works offline): the places of Baden-Württemberg as dots, each
 * district as a circle at the population-weighted centre of its places (the hub ships no
 * boundaries), the search circle and the offers of the current page. Clicking an offer opens it,
 * like its entry in the list, which is the keyboard's and screen reader's way to the same offers.
 */
export class OfferMap {
  private readonly map: L.Map;
  private readonly results = L.layerGroup();
  private readonly districtMarkers = new Map<string, { marker: L.CircleMarker; name: string }>();
  private zoom: L.Control | null = null;

  constructor(
    element: HTMLElement,
    private texts: (typeof TEXTS)[Lang],
    private readonly onOpen: (offerId: string) => void,
  ) {
    this.map = L.map(element, { zoomControl: false, zoomSnap: 0.25, minZoom: 6, maxZoom: 14, maxBounds: [[46.5, 6], [50.8, 12]] });
    this.map.attributionControl.setPrefix('Leaflet');
    this.map.attributionControl.addAttribution(texts.attribution);
    this.map.fitBounds(BW);
    this.results.addTo(this.map);
    this.setTexts(texts);
  }

  setTexts(texts: (typeof TEXTS)[Lang]): void {
    this.texts = texts;
    this.zoom?.remove();
    this.zoom = L.control.zoom({ position: 'topright', zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(this.map);
    this.map.getContainer().setAttribute('aria-label', texts.mapLabel);
  }

  drawGeography(places: readonly Place[], districts: readonly District[]): void {
    // One canvas for the ~950 dots: cheap to draw, and not a thousand elements in the page.
    const renderer = L.canvas({ padding: 0.2 });
    for (const place of places) {
      L.circleMarker([place.latitude, place.longitude], { renderer, radius: 2, weight: 0, fillColor: COLOURS.place, fillOpacity: 0.7, interactive: false }).addTo(this.map);
    }
    for (const district of districts) {
      const own = places.filter((place) => place.districtId === district.id);
      const weight = own.reduce((sum, place) => sum + place.population, 0);
      if (own.length === 0 || weight === 0) continue;
      const centre: L.LatLngTuple = [
        own.reduce((sum, place) => sum + place.latitude * place.population, 0) / weight,
        own.reduce((sum, place) => sum + place.longitude * place.population, 0) / weight,
      ];
      const marker = L.circleMarker(centre, { radius: 7, color: COLOURS.district, weight: 2, fillColor: '#ffffff', fillOpacity: 0.6 })
        .bindTooltip(district.name, { direction: 'top' })
        .addTo(this.map);
      this.districtMarkers.set(district.id, { marker, name: district.name });
    }
  }

  /** Offer counts of the current search per district, shown in the districts' tooltips. */
  setDistrictCounts(counts: ReadonlyMap<string, number>): void {
    for (const [id, { marker, name }] of this.districtMarkers) {
      marker.setTooltipContent(this.texts.districtOffers(name, counts.get(id) ?? 0));
      marker.setStyle({ fillColor: (counts.get(id) ?? 0) > 0 ? '#c9dcf2' : '#ffffff' });
    }
  }

  showResults(offers: readonly MapOffer[], circle: { centre: L.LatLngTuple; radiusKm: number } | null): void {
    this.results.clearLayers();
    const points: L.LatLngTuple[] = [];
    if (circle) {
      const area = L.circle(circle.centre, { radius: circle.radiusKm * 1000, color: COLOURS.origin, weight: 1.5, dashArray: '6 4', fillOpacity: 0.05, interactive: false });
      this.results.addLayer(area);
      this.map.fitBounds(area.getBounds(), { padding: [12, 12] });
    }
    for (const offer of offers) {
      const at: L.LatLngTuple = [offer.latitude, offer.longitude];
      points.push(at);
      const marker = L.circleMarker(at, { radius: 8, color: '#ffffff', weight: 2, fillColor: COLOURS.offer, fillOpacity: 0.95, className: 'offer-marker' })
        .bindTooltip(offer.title, { direction: 'top' })
        .on('click', () => this.onOpen(offer.id));
      this.results.addLayer(marker);
    }
    if (!circle && points.length > 0) this.map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 11 });
    if (!circle && points.length === 0) this.map.fitBounds(BW);
  }

  /** After the container changed size (the layout switched between phone and desktop). */
  resize(): void {
    this.map.invalidateSize();
  }
}
