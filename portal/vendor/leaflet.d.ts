// The part of Leaflet 1.9's ES module (served as /portal/vendor/leaflet.js from the `leaflet`
// package) that the portal uses. Leaflet ships no types and @types/leaflet is not installed:
// these few declarations keep the portal's code checked without another dependency.

export type LatLngTuple = [number, number];
export type LatLngBoundsLiteral = LatLngTuple[];

export interface LatLngBounds {
  extend(point: LatLngTuple | LatLngBounds): LatLngBounds;
  isValid(): boolean;
  pad(ratio: number): LatLngBounds;
}

export interface Renderer {
  readonly __renderer: true;
}

export interface Layer {
  addTo(target: Map | LayerGroup): this;
  remove(): this;
  bindTooltip(content: string | HTMLElement, options?: { direction?: 'top' | 'right' | 'bottom' | 'left' | 'auto'; permanent?: boolean; sticky?: boolean; className?: string }): this;
  setTooltipContent(content: string | HTMLElement): this;
  on(event: 'click' | 'keypress', handler: () => void): this;
}

export interface PathOptions {
  radius?: number;
  color?: string;
  weight?: number;
  opacity?: number;
  fillColor?: string;
  fillOpacity?: number;
  dashArray?: string;
  interactive?: boolean;
  renderer?: Renderer;
  className?: string;
}

export interface CircleMarker extends Layer {
  setStyle(style: PathOptions): this;
  bringToFront(): this;
}

export interface Circle extends CircleMarker {
  getBounds(): LatLngBounds;
}

export interface LayerGroup extends Layer {
  clearLayers(): this;
  addLayer(layer: Layer): this;
}

export interface Control {
  addTo(map: Map): this;
  remove(): this;
}

export interface AttributionControl extends Control {
  setPrefix(prefix: string | false): this;
  addAttribution(text: string): this;
}

export interface MapOptions {
  zoomControl?: boolean;
  attributionControl?: boolean;
  zoomSnap?: number;
  minZoom?: number;
  maxZoom?: number;
  maxBounds?: LatLngBoundsLiteral;
  keyboard?: boolean;
  scrollWheelZoom?: boolean;
}

export interface Map {
  fitBounds(bounds: LatLngBounds | LatLngBoundsLiteral, options?: { padding?: [number, number]; maxZoom?: number }): this;
  invalidateSize(): this;
  attributionControl: AttributionControl;
  getContainer(): HTMLElement;
}

export function map(element: HTMLElement, options?: MapOptions): Map;
export function circleMarker(at: LatLngTuple, options?: PathOptions): CircleMarker;
export function circle(at: LatLngTuple, options: PathOptions & { radius: number }): Circle;
export function layerGroup(layers?: Layer[]): LayerGroup;
export function latLngBounds(points: LatLngTuple[]): LatLngBounds;
export function canvas(options?: { padding?: number }): Renderer;
export const control: {
  zoom(options?: { position?: 'topleft' | 'topright' | 'bottomleft' | 'bottomright'; zoomInTitle?: string; zoomOutTitle?: string }): Control;
};
