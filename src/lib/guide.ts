export interface Dish {
	id: string;
	/** The dish's own Vietnamese name, shown in every language. */
	localName: string;
	name: string;
	what: string;
	where: string;
	/** Places to find it, as place slugs. */
	places: string[];
	season?: string;
}
