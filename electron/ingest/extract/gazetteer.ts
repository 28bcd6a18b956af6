import countriesJson from '../../../resources/gazetteer/countries.json';
import actorsJson from '../../../resources/gazetteer/actors.json';
import organizationsJson from '../../../resources/gazetteer/organizations.json';
import { TokenTrie } from './text/token-trie';

/**
 * The gazetteers (resources/gazetteer) compiled once into one token trie: countries by
 * name, abbreviation and adjective, capitals and other cities, intergovernmental bodies by
 * name and acronym, armed groups, agencies and companies (actors.json), and region names that only block false matches ("Latin American" is not
 * the United States, "Korean Peninsula" is no country).
 */
export type OrgKind = 'format' | 'event' | 'body' | 'organization' | 'actor';

export interface Country {
  name: string;
  capital: string | null;
  aliases: string[];
}

export interface Organization {
  name: string;
  aliases: string[];
  kind: OrgKind;
  /** The organisation an organ belongs to (European Council -> European Union). */
  parent?: string;
}

export type Place =
  | { kind: 'country'; country: Country; form: 'name' | 'adjective' }
  | { kind: 'city'; city: string; country: Country; capital: boolean }
  | { kind: 'org'; org: Organization }
  | { kind: 'region' };

export interface Gazetteer {
  trie: TokenTrie<Place>;
  countries: Map<string, Country>;
  organizations: Map<string, Organization>;
}

type CountryRow = [string, string[], string[], string | null, string[]];
type OrgRow = [string, string[], string, string?];

let compiled: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  return (compiled ??= compile());
}

function compile(): Gazetteer {
  const trie = new TokenTrie<Place>();
  const countries = new Map<string, Country>();
  const organizations = new Map<string, Organization>();
  for (const [name, aliases, adjectives, capital] of countriesJson.countries as CountryRow[]) {
    const country: Country = { name, capital, aliases };
    countries.set(name, country);
    for (const n of [name, ...aliases]) trie.add(n, { kind: 'country', country, form: 'name' });
    for (const a of adjectives) trie.add(a, { kind: 'country', country, form: 'adjective' });
  }
  // When one exact name is both (Singapore, Monaco), the first added wins: country, then body, then city.
  for (const [name, aliases, kind, parent] of organizationsJson.organizations as OrgRow[]) {
    const org: Organization = { name, aliases, kind: kind as OrgKind, parent };
    organizations.set(name, org);
    for (const n of [name, ...aliases]) trie.add(n, { kind: 'org', org });
  }
  // Armed groups, agencies and companies: actors only, never a meeting's forum.
  for (const [name, aliases] of actorsJson.actors as OrgRow[]) {
    if (organizations.has(name)) continue;
    const org: Organization = { name, aliases, kind: 'actor' };
    organizations.set(name, org);
    for (const n of [name, ...aliases]) for (const spelling of spellings(n)) trie.add(spelling, { kind: 'org', org });
  }
  for (const row of countriesJson.countries as CountryRow[]) {
    const country = countries.get(row[0])!;
    if (row[3]) trie.add(row[3], { kind: 'city', city: row[3], country, capital: true });
    for (const city of row[4]) trie.add(city, { kind: 'city', city: city.replace(/, .*$/, ''), country, capital: false });
  }
  for (const region of countriesJson.regions) trie.add(region, { kind: 'region' });
  return { trie, countries, organizations };
}

/** "Organization" and "Organisation", "Defense" and "Defence": both house styles. */
function spellings(name: string): string[] {
  const other = name.replace(/Organization|Organisation|Defense|Defence/g, (w) => ({ Organization: 'Organisation', Organisation: 'Organization', Defense: 'Defence', Defence: 'Defense' })[w]!);
  return other === name ? [name] : [name, other];
}

/** Every name and alias of an organisation, for seeding library aliases. */
export function organizationAliases(name: string): string[] {
  return gazetteer().organizations.get(name)?.aliases ?? [];
}

export function countryAliases(name: string): string[] {
  return gazetteer().countries.get(name)?.aliases ?? [];
}
