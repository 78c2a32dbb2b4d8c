#!/usr/bin/env python3
"""Regenerates stats/src/main/resources/tally/places/subdivisions.tsv from Debian's iso-codes.

Usage: apt-get install iso-codes   (or download the iso-codes release from
       https://salsa.debian.org/iso-codes-team/iso-codes and use its data/iso_3166-2.json)
       python3 tools/build-subdivisions-tsv.py /usr/share/iso-codes/json/iso_3166-2.json \\
           stats/src/main/resources/tally/places/countries.tsv > stats/src/main/resources/tally/places/subdivisions.tsv

iso-codes (LGPL 2.1) is Debian's maintained copy of ISO 3166-2: every country's states, provinces
and departments with their codes. Only the countries in COUNTRIES are taken: each one added is a
few dozen more names that can match a capitalized word, so add a country with the names of EXCLUDE
checked. Rows: the official name (or the one reporters use, NAMES), the short forms reporters use
(ALIASES) and each without its accents ("Nuevo Leon"), in English and Spanish texts alike.

Countries: Mexico, the United States and Colombia; every other Latin American country with
subdivisions in iso-codes (AR BO BR CL CR CU DO EC GT HN HT NI PA PE PY SV UY VE); and the conflict
countries the real news covers by province or state (AF BF CD CF CM ET IQ ML MM MZ NE NG PK SD SO
SS SY TD UA YE). For the Dominican Republic the provinces are taken (iso-codes puts them under ten
regions no report names); for Burkina Faso the thirteen regions (its provinces are under them).
Spain, India, Lebanon, Libya and Palestine (MORE): Spain's autonomous communities and autonomous cities (Canarias,
Andalucía, Ceuta, Melilla) with English and Spanish forms, each province written as a row of its community (UNDER_PARENT:
"Almería" is ES-AN); India's states and union territories; Lebanon's governorates and Libya's districts by the English
names of the news (iso-codes transliterates the Arabic: "Nabatieh", "Misrata"); Palestine's governorates ("Gaza" itself is
Palestine's name in countries.tsv, so Gaza governorate is matched only with its type). Israel is left out: its six
districts are not what reports name.
Round subdiv3 (THIRD): Jamaica's parishes ("St Andrew", "St. Andrew"; a police division named after its parish, "St Andrew
South", is matched by the parish's name inside it; Kingston's divisions are aliases; Portland, Manchester, Hanover and St
Thomas, towns elsewhere, only as "parish of Portland"); Guyana's regions (and the Demerara coasts and banks); Kenya's
counties (Nandi, Meru, Embu and Nairobi only as "X County"); the Philippines' regions with each province as a row of its
region (PARENT corrects iso-codes' region of four provinces; Antique, Laguna, Aurora, Isabela, Quezon, Rizal ... only with
their type); South Africa's provinces; Trinidad and Tobago's corporations; Bangladesh's divisions with each district as a
row of its division (Cox's Bazar is BD-B); Greece's regions by their English and Spanish names; Tunisia's governorates
(Béja, Kef, Ariana only with their type). Islands that are not ISO
3166-2 subdivisions (Lesbos, Samos, Kos) and places such as Evros, Kutupalong, Marawi stay hand rows of places-extra.tsv
with their region's code.
Round subdiv4 (FOURTH): Italy's twenty regions by their English, Italian and Spanish names (Sicily, Sicilia; Apulia, Puglia;
Lombardy, Lombardía), each province a row of its region (Crotone is IT-78); Piedmont (the US plateau), Marche, and provinces
that are words (Como, Latina, Pisa, Imperia), names (Enna, Ferrara, Fermo, Pavia, Salerno, Ragusa, Messina) or towns
elsewhere (Palermo, Lodi, Asti) only with their type ("province of Palermo"); Roma is the people (Rome is the capital).
Lampedusa, Linosa, Milan and Naples are hand rows of places-extra.tsv with their region's code. Uganda's districts (LOWER_LEVEL: the four
geographical regions are not what reporters name), Lira (the currency), Apac, Moyo, Kole, Karenga, Sheema, Kazo, Gomba,
Kween left out; refugee settlements (Nakivale, Kyangwali, Bidibidi ...) are hand rows with their district's code. After adding a country, rerun tools/build-cities-tsv.py (towns named like their own
subdivision give way to it) and tools/dashboard-map.
Spain's provinces share names with cities of Latin America and the US and with surnames: Granada, Valencia, Guadalajara,
Toledo, Salamanca, Zamora, Zaragoza, Cuenca, León, Santa Cruz de Tenerife, Burgos, Segovia, Soria, Sevilla, Murcia,
Palencia, Aragón, Ávila, Cáceres, Jaén, Lugo, Barcelona (the en-only hand row of places-extra.tsv keeps it) are matched
only with their type ("provincia de Granada"); a province's qualified form that another country's subdivision has too
("provincia de Córdoba", "provincia de La Rioja": Argentina's) is left to that subdivision.

A name is matched alone unless it is more often something else in the news; then it is matched
only with its type (QUALIFIED: "Sucre state", "estado Sucre", "departamento de Cortés", "Niger
State"), or not at all when that is still unclear. The checks, each made for every name of every
country (iso-codes' name, its accentless form and the aliases):
- a term of countries.tsv keeps its meaning (a country, capital or demonym: "Guatemala",
  "Panamá", "Lima", "La Habana"'s "Kabul", "Baghdad", "Somali" is Somalia's demonym) -- automatic;
- a term of places-extra.tsv of another country keeps its meaning ("Gaza" is Palestine's) -- automatic;
- a name of two or more subdivisions in ISO 3166-2 (any country: "Santa Cruz" in Argentina and
  Bolivia, "La Rioja" in Argentina and Spain, "Córdoba", "Los Ríos", "Colón", "San José", "La Paz",
  "Río Negro", "Misiones", "La Libertad", "Centre", "Nord", "Punjab", "Bolívar", "Amazonas") -- automatic;
  and a qualified form that two subdivisions share ("departamento de La Paz") is dropped;
- by hand (EXCLUDE), after reading the name lists against the English and Spanish word lists
  (wamerican, wspanish), given names and surnames, and cities elsewhere:
  - an ordinary word: Valle, Limón, Salto, Colonia, Durazno, Cordillera, Concepción, Corrientes,
    Independencia, Artemisa, Cañar, Pando, Potosí, Acre, Pará ("Para" opens Spanish sentences),
    Delta, Plateau, Rivers, Lakes, Unity, Bay, Est, Sud, Ouest, Littoral, Cascades, Chin, Mon, Logar,
    Sila, Guéra, Boquerón, Guairá, Treinta y Tres, Gracias a Dios ("thank God"), Madre de Dios,
    El Progreso, El Paraíso, Atlántida, Granma (Cuba's newspaper), Ica ("ICA" in capitals matches);
  - a given name or surname: Cortés, Mendoza, Miranda, Trujillo, Falcón, Lara, Herrera, Rivas,
    Rivera, Flores, Rocha, Maldonado, Soriano, Artigas, Lavalleja, Carazo, Madriz, Heredia, Morazán,
    Orellana, Duarte, Valverde, Barahona, Cabañas, Loreto, Farah, Gao, Shan, Magallanes, Formosa,
    Lempira, Santa Elena, Santa Bárbara, Santa Ana, Santa Rosa, San Marcos, San Miguel, San Vicente,
    San Cristóbal, San Martín, San Pedro, San Luis, the provinces named after people (María Trinidad
    Sánchez, Sánchez Ramírez, Santiago Rodríguez, Elías Piña, Presidente Hayes);
  - a city or region of another country: Mérida (Yucatán's capital), Santa Fe (New Mexico), Jalapa
    (Xalapa, Veracruz), Pasco (Washington), Beni (DR Congo), Cartago (Carthage in Spanish), Guantánamo
    (the US base), Distrito Federal and Distrito Capital (Mexico City's and Bogotá's), Distrito
    Nacional, Tanganyika (the lake), Blue Nile, White Nile, River Nile and Red Sea (the rivers and the
    sea), Sahel (the whole belt), Bahr el Ghazal (South Sudan's region), Far North, North-West,
    Atacama (the desert), Tierra del Fuego and Los Lagos (Chile and Argentina), La Pampa, Chaco
    (the Gran Chaco), Paraná (the river), Santa Catarina, Afar (the people), Los Santos;
  - Haiti's and Peru's Creole and Quechua names in iso-codes ("Sid", "Nip", "Lwès", "Hunin", "Amarumayu") are
    replaced by the French and Spanish ones reporters write (NAMES).
Each subdivision's capital was checked too: a capital named like its own subdivision (Salta, Puno,
Kaduna, Kandahar, Kharkiv, Basra) is in the same place, so the name keeps the subdivision; a
capital that is a country's capital (Kabul, Baghdad, Kinshasa, Lima) keeps the country's meaning and
its subdivision is matched only qualified.
"""
import json
import sys
import unicodedata

LATIN_AMERICA = ["AR", "BO", "BR", "CL", "CR", "CU", "DO", "EC", "GT", "HN", "HT", "NI", "PA", "PE", "PY", "SV", "UY", "VE"]
CONFLICT = ["AF", "BF", "CD", "CF", "CM", "ET", "IQ", "ML", "MM", "MZ", "NE", "NG", "PK", "SD", "SO", "SS", "SY", "TD", "UA", "YE"]
FIRST = ["MX", "US", "CO"]  # taken first, before the shared-name check: their names stay as they were ("Florida" is the US's)
# Spain (its autonomous communities and autonomous cities; each province is a row of its community), India's states
# and union territories, Lebanon's governorates, Libya's districts (popularates) by their cities' names, Palestine's
# governorates.
MORE = ["ES", "IN", "LB", "LY", "PS"]
# Round subdiv3, by the real set's items without a table: Jamaica's parishes (police divisions named after them),
# Guyana's ten regions (and the coasts and banks of the Demerara that reporters name), Kenya's 47 counties, the
# Philippines' 17 regions (each province a row of its region, as Spain's), South Africa's nine provinces, Trinidad and
# Tobago's regional corporations, boroughs and cities, Bangladesh's eight divisions (each district a row of its division),
# Greece's thirteen regions (its islands are hand rows of places-extra.tsv with their region's code: Lesbos GR-K).
# Tunisia's 24 governorates.
THIRD = ["JM", "GY", "KE", "PH", "ZA", "TT", "BD", "GR", "TN"]
# Round subdiv4: Italy's twenty regions (each province a row of its region, as Spain's; Lampedusa and Linosa are hand rows of
# places-extra.tsv with Sicily's code, as Lesbos).
# Uganda's districts (the four geographical regions are too wide to name a place; refugee settlements are hand rows of
# places-extra.tsv with their district's code).
FOURTH = ["IT", "UG"]
COUNTRIES = FIRST + LATIN_AMERICA + CONFLICT + MORE + THIRD + FOURTH
# Countries whose subdivisions under a parent are taken instead of the parents (the provinces, not the regions).
LOWER_LEVEL = {"DO", "UG"}
# Countries whose lower subdivisions are rows of their parent: a Spanish province ("Cádiz", "provincia de Almería") names a
# place in its autonomous community (ES-AN), the subdivision the statistics and the map keep.
UNDER_PARENT = {"ES", "PH", "BD", "IT"}
# Provinces whose region iso-codes gives otherwise than the Philippine government (and Natural Earth's shapes) today:
# Basilan is in Bangsamoro, Lanao del Norte in Northern Mindanao, Sarangani and South Cotabato in Soccsksargen.
PARENT = {"PH-BAS": "14", "PH-LAN": "10", "PH-SAR": "12", "PH-SCO": "12"}

# The name reporters use instead of iso-codes' (Haitian Creole, Quechua, Ukrainian adjectives, Arabic transliterations).
NAMES = {
    "HT-GA": "Grand'Anse", "HT-NI": "Nippes", "HT-OU": "Ouest", "HT-SD": "Sud", "HT-SE": "Sud-Est",
    "PE-AMA": "Amazonas", "PE-APU": "Apurímac", "PE-JUN": "Junín", "PE-ANC": "Áncash", "PE-CAL": "Callao",
    "PE-SAM": "San Martín",
    "ET-AM": "Amhara", "ET-TI": "Tigray", "ET-BE": "Benishangul-Gumuz", "ET-GA": "Gambela", "ET-HA": "Harari",
    "UA-05": "Vinnytsia Oblast", "UA-07": "Volyn Oblast", "UA-09": "Luhansk Oblast", "UA-12": "Dnipropetrovsk Oblast",
    "UA-14": "Donetsk Oblast", "UA-18": "Zhytomyr Oblast", "UA-21": "Zakarpattia Oblast", "UA-23": "Zaporizhzhia Oblast",
    "UA-26": "Ivano-Frankivsk Oblast", "UA-32": "Kyiv Oblast", "UA-35": "Kirovohrad Oblast", "UA-43": "Crimea",
    "UA-46": "Lviv Oblast", "UA-48": "Mykolaiv Oblast", "UA-51": "Odesa Oblast", "UA-53": "Poltava Oblast",
    "UA-56": "Rivne Oblast", "UA-59": "Sumy Oblast", "UA-61": "Ternopil Oblast", "UA-63": "Kharkiv Oblast",
    "UA-65": "Kherson Oblast", "UA-68": "Khmelnytskyi Oblast", "UA-71": "Cherkasy Oblast", "UA-74": "Chernihiv Oblast",
    "UA-77": "Chernivtsi Oblast",
    "SY-DI": "Damascus", "SY-DR": "Daraa", "SY-DY": "Deir ez-Zor", "SY-HA": "Hasakah", "SY-HI": "Homs", "SY-HL": "Aleppo",
    "SY-HM": "Hama", "SY-LA": "Latakia", "SY-QU": "Quneitra", "SY-RA": "Raqqa", "SY-RD": "Rif Dimashq",
    "SY-SU": "Suwayda", "SY-TA": "Tartus",
    "YE-AD": "Aden", "YE-AM": "Amran", "YE-BA": "Al Bayda", "YE-DA": "Al Dhale", "YE-DH": "Dhamar",
    "YE-HD": "Hadramout", "YE-HJ": "Hajjah", "YE-HU": "Hodeidah", "YE-LA": "Lahj", "YE-MA": "Marib", "YE-MR": "Al Mahrah",
    "YE-MW": "Al Mahwit", "YE-SA": "Amanat Al Asimah", "YE-SD": "Saada", "YE-SH": "Shabwa", "YE-SN": "Sanaa",
    "YE-SU": "Socotra", "YE-TA": "Taiz",
    "IQ-AN": "Anbar", "IQ-AR": "Erbil", "IQ-BA": "Basra", "IQ-BB": "Babil", "IQ-DA": "Dohuk", "IQ-DI": "Diyala",
    "IQ-DQ": "Dhi Qar", "IQ-KA": "Karbala", "IQ-KI": "Kirkuk", "IQ-MA": "Maysan", "IQ-MU": "Muthanna", "IQ-NA": "Najaf",
    "IQ-NI": "Nineveh", "IQ-QA": "Qadisiyah", "IQ-SD": "Salahuddin", "IQ-SU": "Sulaymaniyah", "IQ-WA": "Wasit",
    "SO-BN": "Banadir", "SO-JD": "Middle Juba", "SO-JH": "Lower Juba", "SO-SD": "Middle Shabelle",
    "SO-SH": "Lower Shabelle", "SO-HI": "Hiran", "SO-GA": "Galgaduud", "SO-WO": "Maroodi Jeex",
    "TD-BA": "Batha", "TD-LC": "Lac", "TD-ND": "N'Djamena", "TD-TI": "Tibesti", "TD-KG": "Kemo",
    "CF-HS": "Mambéré-Kadéï", "CF-KG": "Kémo",
    "CD-NK": "North Kivu", "CD-SK": "South Kivu",
    "MM-18": "Naypyidaw",
    "CL-AI": "Aysén", "CL-AR": "Araucanía", "CL-LI": "O'Higgins", "CL-RM": "Región Metropolitana",
    "DO-01": "Distrito Nacional", "NI-AN": "Costa Caribe Norte", "NI-AS": "Costa Caribe Sur",
    "AR-C": "Ciudad de Buenos Aires",
    # Kenya: the names reporters write (iso-codes has "Elgeyo/Marakwet", "Taita/Taveta"); Nairobi City is the capital's
    # county: "Nairobi" alone stays the capital, "Nairobi County" is the county.
    "KE-05": "Elgeyo-Marakwet", "KE-39": "Taita-Taveta", "KE-30": "Nairobi",
    # The Philippines: the regions by the names of the news (iso-codes adds the region's number; ARMM is now Bangsamoro).
    "ZA-KZN": "KwaZulu-Natal", "ZA-NW": "North West",
    "TN-12": "Ariana", "TN-14": "Manouba", "TN-33": "Kef",
    # Greece: the regions' English names (iso-codes transliterates the Greek).
    "GR-A": "Eastern Macedonia and Thrace", "GR-B": "Central Macedonia", "GR-C": "Western Macedonia", "GR-D": "Epirus",
    "GR-E": "Thessaly", "GR-F": "Ionian Islands", "GR-G": "Western Greece", "GR-H": "Central Greece", "GR-I": "Attica",
    "GR-J": "Peloponnese", "GR-K": "North Aegean", "GR-L": "South Aegean", "GR-M": "Crete", "GR-69": "Mount Athos",
    # Italy: the regions' English names (iso-codes has the Italian ones, kept as aliases).
    "IT-21": "Piedmont", "IT-23": "Aosta Valley", "IT-25": "Lombardy", "IT-32": "Trentino-Alto Adige", "IT-34": "Veneto",
    "IT-36": "Friuli Venezia Giulia", "IT-42": "Liguria", "IT-45": "Emilia-Romagna", "IT-52": "Tuscany", "IT-55": "Umbria",
    "IT-57": "Marche", "IT-62": "Lazio", "IT-65": "Abruzzo", "IT-67": "Molise", "IT-72": "Campania", "IT-75": "Apulia",
    "IT-77": "Basilicata", "IT-78": "Calabria", "IT-82": "Sicily", "IT-88": "Sardinia",
    "PH-00": "Metro Manila", "PH-01": "Ilocos Region", "PH-02": "Cagayan Valley", "PH-03": "Central Luzon",
    "PH-05": "Bicol Region", "PH-06": "Western Visayas", "PH-07": "Central Visayas", "PH-08": "Eastern Visayas",
    "PH-09": "Zamboanga Peninsula", "PH-10": "Northern Mindanao", "PH-11": "Davao Region", "PH-12": "Soccsksargen",
    "PH-13": "Caraga", "PH-14": "Bangsamoro", "PH-15": "Cordillera Administrative Region", "PH-40": "Calabarzon",
    "PH-41": "Mimaropa",
    # Spain: the Spanish names reporters write (iso-codes has the co-official Catalan, Basque and Galician ones first).
    "ES-AS": "Asturias", "ES-CT": "Cataluña", "ES-GA": "Galicia", "ES-IB": "Islas Baleares", "ES-MC": "Región de Murcia",
    "ES-MD": "Comunidad de Madrid", "ES-NC": "Navarra", "ES-PV": "País Vasco", "ES-VC": "Comunidad Valenciana",
    "ES-A": "Alicante", "ES-B": "Barcelona", "ES-BI": "Vizcaya", "ES-C": "A Coruña", "ES-CS": "Castellón",
    "ES-GI": "Girona", "ES-L": "Lleida", "ES-LU": "Lugo", "ES-NA": "Navarra", "ES-OR": "Ourense", "ES-PM": "Islas Baleares",
    "ES-PO": "Pontevedra", "ES-SS": "Guipúzcoa", "ES-T": "Tarragona", "ES-VI": "Álava", "ES-MD": "Comunidad de Madrid",
    # Lebanon, Libya: the English names of the news (iso-codes transliterates the Arabic).
    "LB-AK": "Akkar", "LB-AS": "North Lebanon", "LB-BA": "Beirut", "LB-BH": "Baalbek-Hermel", "LB-BI": "Bekaa",
    "LB-JA": "South Lebanon", "LB-JL": "Mount Lebanon", "LB-NA": "Nabatieh",
    "LY-BA": "Benghazi", "LY-DR": "Derna", "LY-MI": "Misrata", "LY-SR": "Sirte", "LY-SB": "Sabha", "LY-KF": "Kufra",
    "LY-ZA": "Zawiya", "LY-TB": "Tripoli", "LY-MQ": "Murzuq", "LY-GT": "Ghat", "LY-JU": "Jufra", "LY-NL": "Nalut",
    "LY-BU": "Butnan", "LY-JA": "Jabal al Akhdar", "LY-JG": "Jabal al Gharbi", "LY-JI": "Jafara", "LY-KF": "Kufra",
    "LY-MB": "Murqub", "LY-MJ": "Marj", "LY-NQ": "Nuqat al Khams", "LY-WA": "Wahat", "LY-WD": "Wadi al Hayaa",
    "LY-WS": "Wadi al Shatii",
}

# Short forms of official names: "Coahuila de Zaragoza" is written "Coahuila".
ALIASES = {
    "MX-COA": ["Coahuila"],
    "MX-MIC": ["Michoacán"],
    "MX-VER": ["Veracruz"],
    "MX-CMX": ["Ciudad de México", "CDMX"],
    "MX-MEX": ["Estado de México", "State of Mexico", "Edomex"],
    "MX-BCN": ["Baja California"],
    "CO-VAC": ["Valle del Cauca"],
    "CO-SAP": ["San Andrés"],
    "US-DC": ["District of Columbia"],
    # Ukraine: the oblast by its centre's name (the same place) and by "region"; Spanish transliterations.
    "UA-09": ["Luhansk", "Luhansk region", "Lugansk"], "UA-14": ["Donetsk", "Donetsk region"],
    "UA-12": ["Dnipropetrovsk", "Dnipropetrovsk region", "Dnipro", "Dnipró"], "UA-23": ["Zaporizhzhia", "Zaporizhzhia region", "Zaporiyia"],
    "UA-63": ["Kharkiv", "Kharkiv region", "Járkov"], "UA-65": ["Kherson", "Kherson region", "Jersón"],
    "UA-48": ["Mykolaiv", "Mykolaiv region"], "UA-51": ["Odesa region", "Odessa region"], "UA-59": ["Sumy", "Sumy region"],
    "UA-74": ["Chernihiv", "Chernihiv region"], "UA-32": ["Kyiv region"], "UA-46": ["Lviv", "Lviv region", "Leópolis"],
    "UA-53": ["Poltava", "Poltava region"], "UA-43": ["Crimean peninsula"],
    "SY-HL": ["Alepo"], "SY-DY": ["Deir ez Zor", "Deir Ezzor"], "SY-RA": ["Raqa"], "SY-DR": ["Deraa"],
    "SY-LA": ["Latakia"], "SY-SU": ["Sweida", "As-Suwayda"], "SY-HA": ["Hasaka"], "SY-ID": ["Idleb"],
    "YE-HU": ["Hudaydah", "Hodeida"], "YE-HD": ["Hadramawt", "Hadhramaut"], "YE-SD": ["Saadah"], "YE-MA": ["Ma'rib"],
    "YE-TA": ["Taez"],
    "IQ-SD": ["Salah al-Din"], "IQ-NI": ["Ninawa", "Nínive"], "IQ-DA": ["Duhok"], "IQ-AN": ["Al Anbar"],
    "IQ-SU": ["Sulaimaniyah"], "IQ-BA": ["Basora"],
    "AF-PAN": ["Panjshir"], "AF-PAR": ["Parvan"], "AF-PIA": ["Paktia"], "AF-PKA": ["Paktika"], "AF-URU": ["Oruzgan", "Urozgan"],
    "AF-DAY": ["Daikundi"], "AF-KAN": ["Kandahar"], "AF-HER": ["Herat"],
    "CD-NK": ["Nord-Kivu", "Kivu del Norte", "Kivu Norte"], "CD-SK": ["Sud-Kivu", "Kivu del Sur", "Kivu Sur"],
    "CD-KS": ["Kasai"], "CD-KC": ["Kasai Central", "Kasai-Central"], "CD-KE": ["Kasai Oriental", "Kasai-Oriental"],
    "CD-EQ": ["Equateur"],
    "SO-JH": ["Jubbada Hoose"], "SO-JD": ["Jubbada Dhexe"], "SO-SH": ["Shabeellaha Hoose", "Bajo Shabelle"],
    "SO-SD": ["Shabeellaha Dhexe"], "SO-HI": ["Hiiraan"], "SO-BN": ["Banaadir"], "SO-GA": ["Galguduud"],
    "ET-TI": ["Tigrai"], "ET-BE": ["Benshangul-Gumaz"],
    "MM-07": ["Irrawaddy"], "MM-13": ["Karen State"],
    "ML-6": ["Timbuktu", "Tombuctú"],
    "TD-OD": ["Ouaddai"],
    "PK-BA": ["Baluchistan", "Baluchistán"], "PK-JK": ["Azad Kashmir"], "PK-KP": ["Khyber-Pakhtunkhwa"],
    "MZ-Q": ["Zambezia"],
    "NG-FC": ["Federal Capital Territory"],
    "SD-GD": ["Al Qadarif", "Gadarif"], "SD-GZ": ["Al Jazirah", "Al Gezira"],
    "GT-QC": ["El Quiché"],
    "PE-CUS": ["Cuzco"],
    "CL-AR": ["La Araucanía"], "CL-BI": ["Bío Bío"],
    "VE-X": ["Vargas state"],
    # Spain: English and other Spanish forms.
    "ES-AN": ["Andalusia"], "ES-CT": ["Catalonia", "Catalunya"], "ES-CN": ["Islas Canarias", "Canary Islands", "Canaries"],
    "ES-CL": ["Castile and León"], "ES-CM": ["Castile-La Mancha", "Castilla La Mancha"], "ES-AS": ["Principado de Asturias"],
    "ES-IB": ["Balearic Islands", "Baleares", "Illes Balears"], "ES-MD": ["Madrid region"],
    "ES-NC": ["Navarre", "Comunidad Foral de Navarra"], "ES-PV": ["Basque Country", "Euskadi"],
    "ES-VC": ["Valencian Community", "Comunitat Valenciana"], "ES-SE": ["Seville"],
    "ES-C": ["La Coruña"], "ES-GI": ["Gerona"], "ES-OR": ["Orense"], "ES-BI": ["Bizkaia", "Biscay"],
    "ES-SS": ["Gipuzkoa"], "ES-VI": ["Araba"], "ES-GC": ["Las Palmas"],
    # India: the older and short spellings.
    "IN-OR": ["Orissa"], "IN-PY": ["Pondicherry"], "IN-JK": ["Jammu and Kashmir"], "IN-AN": ["Andaman and Nicobar"],
    "IN-UT": ["Uttaranchal"],
    # Palestine: the English spellings of the news.
    "PS-KYS": ["Khan Younis"], "PS-DEB": ["Deir al-Balah"], "PS-JRH": ["Jericho"], "PS-TKM": ["Tulkarem"],
    "PS-QQA": ["Qalqilia"],
    "LB-JA": ["South Governorate"], "LB-AS": ["North Governorate"],
    # Sudan, Syria, Yemen: the Spanish names of the states and governorates (round subdiv2).
    "SD-DN": ["Darfur del Norte", "Darfur Norte"], "SD-DS": ["Darfur del Sur", "Darfur Sur"],
    "SD-DW": ["Darfur Occidental", "Darfur del Oeste"], "SD-DC": ["Darfur Central"], "SD-DE": ["Darfur Oriental", "Darfur del Este"],
    "SD-KS": ["Kordofán del Sur", "Kordofán Sur"], "SD-KN": ["Kordofán del Norte", "Kordofán Norte"],
    "SD-GK": ["Kordofán Occidental", "Kordofán Oeste"], "SD-NW": ["Nilo Blanco"], "SD-NB": ["Nilo Azul"], "SD-KH": ["Jartum"],
    "SY-TA": ["Tartús"], "YE-AD": ["Adén"],
    # Jamaica: "St" and "St." as reporters write the parishes; the police divisions that carry a parish's name with a
    # compass word ("St Andrew South", "St Catherine North") are matched by the parish's name inside them, Kingston's
    # ("Kingston Western") are aliases of the parish (Kingston alone is the capital).
    "JM-01": ["Kingston Western", "Kingston Central", "Kingston Eastern"],
    "JM-02": ["St Andrew", "St. Andrew"], "JM-03": ["St Thomas", "St. Thomas"], "JM-05": ["St Mary", "St. Mary"],
    "JM-06": ["St Ann", "St. Ann"], "JM-08": ["St James", "St. James"], "JM-11": ["St Elizabeth", "St. Elizabeth"],
    "JM-14": ["St Catherine", "St. Catherine"],
    # Guyana: the regions with an en dash or a slash; the coasts and banks of the Demerara river (West Coast and West
    # Bank Demerara are in region 3, East Coast and East Bank in region 4) and the Corentyne coast (region 6). "Region
    # 4" or "Region Four" is not taken: the Philippines and Ethiopia number their regions too. "Berbice" (three regions)
    # and "Essequibo" (several regions; Venezuela's claim) name no single region.
    "GY-ES": ["Essequibo Islands–West Demerara", "West Coast Demerara", "West Bank Demerara"],
    "GY-DE": ["Demerara–Mahaica", "East Coast Demerara", "East Bank Demerara"],
    "GY-EB": ["East Berbice–Corentyne", "East Berbice/Corentyne", "Corentyne"],
    "GY-MA": ["Mahaica–Berbice"], "GY-UD": ["Upper Demerara–Berbice"], "GY-BA": ["Barima–Waini"],
    "GY-CU": ["Cuyuni–Mazaruni"], "GY-PM": ["Pomeroon–Supenaam"], "GY-PT": ["Potaro–Siparuni"],
    "GY-UT": ["Upper Takutu–Upper Essequibo"],
    # Kenya: the counties with a space or a hyphen where iso-codes has a slash, and without the apostrophe.
    "KE-05": ["Elgeyo Marakwet"], "KE-39": ["Taita Taveta"], "KE-29": ["Muranga"], "KE-41": ["Tharaka Nithi"],
    # The Philippines: the regions' other names (Bangsamoro's former one), provinces as reporters order their words.
    "PH-00": ["National Capital Region"], "PH-05": ["Bicol"], "PH-12": ["SOCCSKSARGEN"], "PH-40": ["CALABARZON"],
    "PH-41": ["MIMAROPA"], "PH-15": ["Cordillera Autonomous Region"], "PH-14": ["BARMM", "ARMM", "Autonomous Region in Muslim Mindanao",
                                     "Bangsamoro Autonomous Region in Muslim Mindanao"],
    # South Africa: the spellings and the Spanish names of the provinces.
    "ZA-KZN": ["KwaZulu Natal", "Kwazulu-Natal", "KZN"], "ZA-EC": ["Cabo Oriental"], "ZA-WC": ["Cabo Occidental"],
    "ZA-NC": ["Cabo Septentrional"],
    # Trinidad and Tobago: the towns that name a regional corporation (Couva, Tunapuna, Laventille, Mayaro), the other
    # order of Mayaro-Rio Claro; Penal and Debe alone are words, not taken.
    "TT-CTT": ["Couva"], "TT-TUP": ["Tunapuna", "Tunapuna/Piarco"], "TT-SJL": ["Laventille", "San Juan/Laventille"],
    "TT-MRC": ["Rio Claro-Mayaro", "Mayaro"],
    # Bangladesh: the spellings before 2018 (Chittagong, Barisal, Comilla, Bogra, Jessore), still the news' usual ones.
    "BD-B": ["Chittagong"], "BD-10": ["Chittagong"], "BD-A": ["Barisal"], "BD-06": ["Barisal"], "BD-08": ["Comilla"],
    "BD-03": ["Bogra"], "BD-22": ["Jessore"], "BD-11": ["Cox’s Bazar"],
    # Greece: the Spanish names; "Macedonia Oriental y Tracia" and "Egeo Septentrional" as the news writes them.
    "GR-A": ["Macedonia Oriental y Tracia", "East Macedonia and Thrace"], "GR-B": ["Macedonia Central"],
    "GR-C": ["Macedonia Occidental"], "GR-D": ["Epiro"], "GR-E": ["Tesalia"], "GR-F": ["Islas Jónicas"],
    "GR-G": ["Grecia Occidental"], "GR-H": ["Grecia Central"], "GR-I": ["Ática"], "GR-J": ["Peloponeso"],
    "GR-K": ["Egeo Septentrional", "Egeo Norte", "Northern Aegean"], "GR-L": ["Egeo Meridional", "Egeo Sur", "Southern Aegean"],
    "GR-M": ["Creta"], "GR-69": ["Monte Athos"],
    # Tunisia: the forms with the article and the Spanish ones.
    "TN-33": ["El Kef", "Le Kef"], "TN-12": ["L'Ariana"], "TN-14": ["La Manouba"], "TN-43": ["Sidi Bou Zid"],
    "TN-42": ["Kasserín"], "TN-23": ["Bizerta"], "TN-81": ["Gabes"], "TN-82": ["Medenine"],
    # Italy: the regions' Italian and Spanish names; the provinces' English and Spanish names where reporters write them
    # (Turin, Genoa, Padua; Milan, Naples, Florence, Venice, Syracuse are towns or names elsewhere: not taken).
    "IT-21": ["Piemonte", "Piamonte"], "IT-23": ["Valle d'Aosta", "Valle de Aosta", "Aosta"], "IT-25": ["Lombardia", "Lombardía"],
    "IT-32": ["Trentino-Alto Adigio", "Trentino-South Tyrol", "Trentino", "South Tyrol", "Alto Adige", "Tirol del Sur"],
    "IT-34": ["Véneto"], "IT-36": ["Friuli-Venezia Giulia", "Friuli-Venecia Julia", "Friuli"],
    "IT-45": ["Emilia Romagna", "Emilia-Romaña"], "IT-52": ["Toscana"], "IT-55": ["Umbría"], "IT-57": ["Las Marcas"],
    "IT-62": ["Latium", "Lacio"], "IT-65": ["Abruzzi", "Abruzos"], "IT-75": ["Puglia"], "IT-82": ["Sicilia"],
    "IT-88": ["Sardegna", "Cerdeña"],
    "IT-TO": ["Turin", "Turín"], "IT-GE": ["Genoa", "Génova"], "IT-PD": ["Padua"], "IT-ME": ["Mesina"],
    "IT-SR": ["Siracusa"], "IT-BZ": ["South Tyrol"], "IT-MN": ["Mantua"],
    # Uganda: the spellings of the news and of Natural Earth (Luweero, Bukomansimbi, Kibale, Bukwa).
    "UG-104": ["Luweero"], "UG-118": ["Bukomansimbi"], "UG-407": ["Kibale"], "UG-220": ["Bukwa"],
    "PH-MDC": ["Occidental Mindoro"], "PH-MDR": ["Oriental Mindoro"], "PH-NCO": ["North Cotabato"],
}

# Names that are more often something else in the news (see the docstring for each one's reason):
# such a name is matched only with its type: "Meta department", "departamento del Meta", "Washington state".
# (en, es) words of the types iso-codes uses; a type missing here drops an excluded name altogether.
QUALIFIED = {"State": ("state", "estado"), "Department": ("department", "departamento"),
             "Province": ("province", "provincia"), "Region": ("region", "región"),
             "Governorate": ("governorate", "gobernación"), "Regional state": ("region", "región"),
             "Prefecture": ("prefecture", "prefectura"), "Autonomous community": ("region", "comunidad"),
             "Union territory": ("territory", "territorio"), "Popularate": ("district", "distrito"),
             "Parish": ("parish", "parroquia"), "County": ("county", "condado"),
             "Borough": ("borough", "municipio"), "Division": ("division", "división"),
             "Administrative region": ("region", "región"),
             # Italy: a region, an autonomous region, and the kinds of its provinces (reporters write "province of X").
             "Autonomous region": ("region", "región"), "Metropolitan city": ("province", "provincia"),
             "Free municipal consortium": ("province", "provincia"), "Autonomous province": ("province", "provincia"),
             "Decentralized regional entity": ("province", "provincia")}
EXCLUDE = {
    # Mexico, the United States and Colombia (before 2026-12)
    "Meta", "Cesar", "Atlántico", "Bolívar", "Sucre", "Santander", "Córdoba", "Magdalena", "Amazonas",
    "Caldas", "Washington", "México", "Georgia",
    # ordinary words
    "Valle", "Limón", "Salto", "Colonia", "Durazno", "Cordillera", "Concepción", "Corrientes", "Independencia",
    "Artemisa", "Cañar", "Pando", "Potosí", "Acre", "Pará", "Delta", "Plateau", "Rivers", "Lakes", "Unity", "Bay",
    "Est", "Sud", "Ouest", "Littoral", "Cascades", "Chin", "Mon", "Logar", "Sila", "Guéra", "Boquerón", "Guairá",
    "Treinta y Tres", "Gracias a Dios", "Madre de Dios", "El Progreso", "El Paraíso", "Atlántida", "Granma", "Ica",
    "Apure", "Lac", "Bago", "Northern", "Central", "Matanzas",
    # given names and surnames
    "Cortés", "Mendoza", "Miranda", "Trujillo", "Falcón", "Lara", "Herrera", "Rivas", "Rivera", "Flores", "Rocha",
    "Maldonado", "Soriano", "Artigas", "Lavalleja", "Carazo", "Madriz", "Heredia", "Morazán", "Orellana", "Duarte",
    "Valverde", "Barahona", "Cabañas", "Loreto", "Farah", "Gao", "Shan", "Magallanes", "Formosa", "Lempira",
    "Santa Elena", "Santa Bárbara", "Santa Ana", "Santa Rosa", "San Marcos", "San Miguel", "San Vicente",
    "San Cristóbal", "San Martín", "San Pedro", "San Luis", "María Trinidad Sánchez", "Sánchez Ramírez",
    "Santiago Rodríguez", "Elías Piña", "Presidente Hayes", "Espaillat", "Monseñor Nouel", "O'Higgins", "La Vega",
    "Kayah", "Cienfuegos",
    # cities, regions and features of other countries or of several
    "Mérida", "Santa Fe", "Jalapa", "Pasco", "Beni", "Cartago", "Guantánamo", "Distrito Federal", "Distrito Capital",
    "Distrito Nacional", "Tanganyika", "Blue Nile", "White Nile", "River Nile", "Red Sea", "Sahel",
    "Bahr el Ghazal", "Far North", "North-West", "South-West", "Atacama", "Tierra del Fuego", "Los Lagos",
    "La Pampa", "Chaco", "Paraná", "Santa Catarina", "Afar", "Los Santos", "Santiago", "Damascus",
    "Región Metropolitana", "Bari", "Kemo", "Kémo", "Loja", "Pedernales",
    # Spain's provinces named like cities and places of Latin America and the US, and surnames (the brief of round
    # subdiv2): Córdoba, La Rioja and León are shared with other countries' subdivisions (automatic)
    "Santa Cruz de Tenerife", "Granada", "Valencia", "Guadalajara", "Toledo", "Salamanca", "Zamora", "Zaragoza", "Cuenca",
    "Burgos", "Segovia", "Soria", "Barcelona", "Sevilla", "Murcia", "Palencia", "Aragón", "Ávila", "Cáceres", "Jaén", "Lugo", "León",
    # Palestine, Lebanon, Libya: names of a country's (countries.tsv's Gaza, Beirut, Tripoli are taken automatically),
    # of towns elsewhere and of regions wider than the governorate
    "Nilo Blanco", "Nilo Azul",  # the rivers, as Blue Nile and White Nile
    "Jartum",  # the capital (Khartoum), not the state around it
    "Bethlehem", "Hebron", "Jerusalem", "Jericho", "North Lebanon", "Beirut",
    "Sanaa",  # the capital city (Amanat al-Asimah, YE-SA), not the governorate around it
    # Creole and Arabic forms of iso-codes that are words or names elsewhere
    "Nip", "Sid", "Sidès", "Lwès", "Grandans", "Nò", "Nòdès", "Nòdwès", "Ḩimş", "Hims",
    # Jamaica (round subdiv3): towns of England and the US (Portland, Manchester, Hanover), the US Virgin Islands'
    # St Thomas and Ontario's St. Thomas; matched only as "parish of Portland", "Portland parish"
    "Portland", "Hanover", "Saint Thomas", "St Thomas", "St. Thomas",
    # Kenya: a given name (Nandi), a mountain of Tanzania (Meru), a Brazilian city (Embu)
    "Nandi", "Meru", "Embu",
    # The Philippines: ordinary words (Antique, Laguna, Abra), given names and surnames (Aurora, Isabela, Quirino, Rizal,
    # Samar, Kalinga: also Odisha's old name), Quezon (the president, and Quezon City in Metro Manila)
    "Antique", "Laguna", "Abra", "Aurora", "Isabela", "Quirino", "Rizal", "Samar", "Kalinga", "Quezon",
    # South Africa: a compass phrase (North West, also written "North-West"), matched as "North West province"
    "North West",
    # Trinidad and Tobago: a person's name (Diego Martin), matched as "Diego Martin region"
    "Diego Martin",
    # Bangladesh: districts named like towns of India (Gopalganj, Sherpur, Jamalpur, Faridpur, Chandpur) and a given name
    # (Bhola)
    "Gopalganj", "Sherpur", "Jamalpur", "Faridpur", "Chandpur", "Bhola",
    # Greece: Attica is also New York's prison; matched as "Attica region"
    "Attica", "Ática",
    # Tunisia: Béja is also Portugal's Beja; Kef alone is a word in Dutch and Arabic names; Ariana is a given name ("L'Ariana" stays)
    "Béja", "Kef", "Ariana",  # and a given name
    # Italy (round subdiv4): Piedmont is also the US's plateau and towns; Marche a French word and surname ("Las Marcas":
    # "the brands"); provinces that are Spanish or English words (Como, Latina, Pisa, Imperia), given names and surnames
    # (Enna, Ferrara, Fermo, Pavia/Pavía, Salerno, Ragusa, Lodi, Messina), cities elsewhere (Palermo: Buenos Aires'
    # barrio; Lodi: California's; Asti), Roma (the people; Rome is the capital in countries.tsv)
    "Piedmont", "Marche", "Las Marcas", "Como", "Latina", "Pisa", "Imperia", "Enna", "Ferrara", "Fermo", "Pavia",
    "Salerno", "Ragusa", "Lodi", "Messina", "Mesina", "Palermo", "Asti", "Roma",
    # Uganda (round subdiv4; no "District" type in QUALIFIED, so these have no row): a currency (Lira), an acronym (Apac:
    # APAC), surnames and given names (Moyo, Kole, Karenga, Sheema, Kazo, Gomba), a word's sound (Kween); Kibale is also
    # the national park of other districts (Kibaale stays)
    "Lira", "Apac", "Moyo", "Kole", "Karenga", "Sheema", "Kazo", "Gomba", "Kween", "Kibale",
}
# Names not matched even with their type: a compass point or a word that names a part of any country
# ("the North region", "Centre region", "the Sahel region"), and iso-codes' names no report uses.
DROP = {"Centre", "Nord", "North", "South", "East", "West", "Sahel", "Lima hatun llaqta"}
# Qualified forms that name something else: "la región del Amazonas" is the whole Amazon basin, not Peru's region.
DROP_TERMS = {f.format(n) for n in ("Amazonas",) for f in ("{} region", "{} Region", "region of {}", "región {}", "región de {}",
                                                            "región del {}")}


def folded(name):
    return "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")


def table_terms(path):
    terms = {}
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            cols = line.rstrip("\n").split("\t")
            terms.setdefault(cols[3], set()).add(cols[0])
    return terms


def qualified_forms(name, kind):
    en, es = QUALIFIED[kind]
    return [f"{name} {en}", f"{name} {en.title()}", f"{en} of {name}", f"{es} de {name}", f"{es} del {name}", f"{es} {name}"]


def main(iso_path, countries_path):
    taken = set(table_terms(countries_path))  # every term of countries.tsv: a country, capital or demonym keeps its meaning
    extra = table_terms(countries_path.replace("countries.tsv", "places-extra.tsv"))
    subdivisions = json.load(open(iso_path, encoding="utf-8"))["3166-2"]
    # Names of two or more subdivisions of ISO 3166-2, in any countries: ambiguous alone.
    holders = {}
    for s in subdivisions:
        country = s["code"].split("-")[0]
        # A province and its community of one name ("Navarra", "Cantabria", "Asturias") are one code here.
        holder = country + "-" + PARENT.get(s["code"], s["parent"]) if country in UNDER_PARENT and s.get("parent") else s["code"]
        for n in {s["name"], folded(s["name"]), NAMES.get(s["code"], s["name"]), folded(NAMES.get(s["code"], s["name"]))}:
            holders.setdefault(n, set()).add(holder)
    shared = {n for n, codes in holders.items() if len(codes) > 1}
    print("# States, provinces and departments (ISO 3166-2) that a text may name instead of its country.")
    print("# Generated by tools/build-subdivisions-tsv.py from Debian's iso-codes (ISO 3166-2 data, LGPL 2.1);")
    print("# countries: " + ", ".join(COUNTRIES) + ". Columns: iso2, kind, lang, term, subdivision code.")
    rows, province_rows = [], set()
    for s in subdivisions:
        country, code = s["code"].split("-")[0], s["code"]
        if country not in COUNTRIES:
            continue
        if country in LOWER_LEVEL:
            if not s.get("parent") and s["type"] != "District":
                continue
        elif s.get("parent") and country in UNDER_PARENT:
            code = country + "-" + PARENT.get(s["code"], s["parent"])  # the province's rows carry its community's code
        elif s.get("parent"):
            continue
        names = [NAMES.get(s["code"], s["name"])] + ALIASES.get(s["code"], [])
        terms = []
        for n in names:
            if n in DROP:
                continue
            for m in dict.fromkeys([n, folded(n)]):
                foreign = extra.get(m, {country}) - {country}
                f = folded(m)
                ambiguous = (m in shared or f in shared) and country not in FIRST
                alone = not ({m, n, f} & EXCLUDE or {m, n, f} & taken or ambiguous or foreign)
                if alone:
                    forms = [m]
                elif s["type"] in QUALIFIED:
                    forms = qualified_forms(m, s["type"])
                else:
                    forms = []
                if m.endswith(" Oblast"):
                    forms.append(m[:-len("Oblast")] + "oblast")
                for t in forms:
                    if t not in terms and t not in taken and t not in DROP_TERMS:
                        terms.append(t)
        for t in terms:
            for lang in ("en", "es"):
                rows.append((country, "region", lang, t, code))
                if code != s["code"]:
                    province_rows.add((country, "region", lang, t, code))
    # A qualified form two subdivisions share ("departamento de La Paz") names neither.
    codes_of = {}
    for r in rows:
        codes_of.setdefault(r[3], set()).add(r[4])
    # A province's qualified form that another country's subdivision has too ("provincia de Córdoba", "provincia de La
    # Rioja": Argentina's) is left to that subdivision: the province only adds to its community.
    countries_of = {}
    for r in rows:
        countries_of.setdefault(r[3], set()).add(r[0])
    rows = [r for r in rows if not (r in province_rows and len(countries_of[r[3]]) > 1)]
    codes_of = {}
    for r in rows:
        codes_of.setdefault(r[3], set()).add(r[4])
    rows = [r for r in rows if len(codes_of[r[3]]) == 1]
    for r in sorted(set(rows), key=lambda r: (r[4], r[2], r[3])):
        print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
