// Directions to a place on OpenStreetMap: to its coordinates when it has them, else a search
// for its address (no geocoding of our own).

export interface Whereabouts {
	address: string;
	municipality: string;
	latitude: number | null;
	longitude: number | null;
}

export function directionsUrl(place: Whereabouts): string {
	if (place.latitude !== null && place.longitude !== null)
		return `https://www.openstreetmap.org/directions?to=${place.latitude},${place.longitude}`;
	const query = [place.address, place.municipality].filter(Boolean).join(', ');
	return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
