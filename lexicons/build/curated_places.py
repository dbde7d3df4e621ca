"""Curated place facts used by build.py: country short forms, demonyms,
regions, English names of first-level subdivisions and English exonyms of
cities. Plain facts, written out by hand."""

# ISO 3166-1 alpha-2 -> extra names (short forms, common English names,
# former names still used in news). The GeoNames name is the canonical name
# unless CANONICAL overrides it.
COUNTRY_CANONICAL = {
    "PS": "Palestinian Territories",
    "VA": "Vatican City",
    "CZ": "Czech Republic",
    "TL": "East Timor",
    "MK": "North Macedonia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "KP": "North Korea",
    "KR": "South Korea",
}

COUNTRY_ALIASES = {
    "US": "U.S.|US|USA|U.S.A.|United States of America|America|the States",
    "GB": "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
    "RU": "Russian Federation",
    "CN": "People's Republic of China|PRC|P.R.C.|Mainland China",
    "TW": "Republic of China",
    "KR": "Republic of Korea|S. Korea",
    "KP": "Democratic People's Republic of Korea|DPRK|N. Korea",
    "AE": "UAE|U.A.E.",
    "NL": "Holland|The Netherlands",
    "CZ": "Czechia",
    "CI": "Côte d'Ivoire|Cote d'Ivoire",
    "MM": "Burma",
    "SZ": "Swaziland",
    "MK": "Macedonia|FYROM",
    "CD": "DR Congo|DRC|D.R. Congo|Congo-Kinshasa|Zaire",
    "CG": "Congo-Brazzaville|Congo Republic",
    "PS": "Palestine|State of Palestine|Palestinian territories",
    "VA": "Vatican|Holy See",
    "TL": "Timor-Leste",
    "CV": "Cape Verde",
    "BA": "Bosnia|Bosnia-Herzegovina",
    "IR": "Islamic Republic of Iran|Persia",
    "SY": "Syrian Arab Republic",
    "LA": "Lao PDR",
    "VN": "Viet Nam",
    "MD": "Republic of Moldova",
    "BY": "Byelorussia",
    "KG": "Kirghizia",
    "TR": "Türkiye|Turkiye",
    "VE": "Bolivarian Republic of Venezuela",
    "BO": "Plurinational State of Bolivia",
    "TZ": "United Republic of Tanzania",
    "LK": "Ceylon",
    "BN": "Brunei Darussalam",
    "SA": "KSA",
    "VC": "St. Vincent and the Grenadines|St Vincent",
    "KN": "St. Kitts and Nevis|St Kitts and Nevis",
    "LC": "St. Lucia|St Lucia",
    "TT": "Trinidad",
    "AG": "Antigua",
    "GW": "Guinea Bissau",
    "GQ": "Equatorial-Guinea",
    "CF": "Central African Rep.",
    "ST": "Sao Tome and Principe|São Tomé and Príncipe",
    "FM": "Federated States of Micronesia",
    "NZ": "N.Z.",
    "ZA": "S. Africa",
    "DO": "Dominican Rep.",
    "XK": "Republic of Kosovo",
    "GE": "Sakartvelo",
    "EH": "Western Sahara",
    "FK": "Falklands|Falkland Islands|Malvinas",
}

# ISO code -> demonyms and adjectives (NORP). First item is the canonical.
DEMONYMS = {
    "AF": "Afghan|Afghans|Afghani",
    "AL": "Albanian|Albanians",
    "DZ": "Algerian|Algerians",
    "AD": "Andorran|Andorrans",
    "AO": "Angolan|Angolans",
    "AR": "Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans",
    "AM": "Armenian|Armenians",
    "AU": "Australian|Australians|Aussie|Aussies",
    "AT": "Austrian|Austrians",
    "AZ": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    "BS": "Bahamian|Bahamians",
    "BH": "Bahraini|Bahrainis",
    "BD": "Bangladeshi|Bangladeshis",
    "BB": "Barbadian|Barbadians|Bajan|Bajans",
    "BY": "Belarusian|Belarusians|Belarussian|Belarussians|Byelorussian",
    "BE": "Belgian|Belgians",
    "BZ": "Belizean|Belizeans",
    "BJ": "Beninese",
    "BT": "Bhutanese",
    "BO": "Bolivian|Bolivians",
    "BA": "Bosnian|Bosnians",
    "BW": "Botswanan|Motswana|Batswana",
    "BR": "Brazilian|Brazilians",
    "BN": "Bruneian|Bruneians",
    "BG": "Bulgarian|Bulgarians",
    "BF": "Burkinabe|Burkinabé",
    "BI": "Burundian|Burundians",
    "KH": "Cambodian|Cambodians",
    "CM": "Cameroonian|Cameroonians",
    "CA": "Canadian|Canadians",
    "CV": "Cape Verdean|Cape Verdeans",
    "CF": "Central African|Central Africans",
    "TD": "Chadian|Chadians",
    "CL": "Chilean|Chileans",
    "CN": "Chinese",
    "CO": "Colombian|Colombians",
    "KM": "Comorian|Comorians",
    "CD": "Congolese",
    "CR": "Costa Rican|Costa Ricans",
    "CI": "Ivorian|Ivorians",
    "HR": "Croatian|Croatians|Croat|Croats",
    "CU": "Cuban|Cubans",
    "CY": "Cypriot|Cypriots",
    "CZ": "Czech|Czechs",
    "DK": "Danish|Dane|Danes",
    "DJ": "Djiboutian|Djiboutians",
    "DO": "Dominican|Dominicans",
    "EC": "Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans",
    "EG": "Egyptian|Egyptians",
    "SV": "Salvadoran|Salvadorans|Salvadorean|Salvadoreans",
    "GQ": "Equatorial Guinean|Equatoguinean",
    "ER": "Eritrean|Eritreans",
    "EE": "Estonian|Estonians",
    "SZ": "Swazi|Swazis|Emaswati",
    "ET": "Ethiopian|Ethiopians",
    "FJ": "Fijian|Fijians",
    "FI": "Finnish|Finn|Finns",
    "FR": "French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen",
    "GA": "Gabonese",
    "GM": "Gambian|Gambians",
    "GE": "Georgian|Georgians",
    "DE": "German|Germans",
    "GH": "Ghanaian|Ghanaians",
    "GR": "Greek|Greeks",
    "GD": "Grenadian|Grenadians",
    "GT": "Guatemalan|Guatemalans",
    "GN": "Guinean|Guineans",
    "GW": "Bissau-Guinean|Bissau-Guineans",
    "GY": "Guyanese",
    "HT": "Haitian|Haitians",
    "HN": "Honduran|Hondurans",
    "HK": "Hong Konger|Hong Kongers",
    "HU": "Hungarian|Hungarians",
    "IS": "Icelandic|Icelander|Icelanders",
    "IN": "Indian|Indians",
    "ID": "Indonesian|Indonesians",
    "IR": "Iranian|Iranians",
    "IQ": "Iraqi|Iraqis",
    "IE": "Irish|Irishman|Irishmen|Irishwoman",
    "IL": "Israeli|Israelis",
    "IT": "Italian|Italians",
    "JM": "Jamaican|Jamaicans",
    "JP": "Japanese",
    "JO": "Jordanian|Jordanians",
    "KZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis",
    "KE": "Kenyan|Kenyans",
    "KI": "I-Kiribati",
    "KP": "North Korean|North Koreans",
    "KR": "South Korean|South Koreans",
    "XK": "Kosovar|Kosovars|Kosovan|Kosovans",
    "KW": "Kuwaiti|Kuwaitis",
    "KG": "Kyrgyz|Kyrgyzstani|Kirghiz",
    "LA": "Lao|Laotian|Laotians",
    "LV": "Latvian|Latvians",
    "LB": "Lebanese",
    "LS": "Basotho|Mosotho",
    "LR": "Liberian|Liberians",
    "LY": "Libyan|Libyans",
    "LI": "Liechtensteiner|Liechtensteiners",
    "LT": "Lithuanian|Lithuanians",
    "LU": "Luxembourgish|Luxembourger|Luxembourgers",
    "MG": "Malagasy",
    "MW": "Malawian|Malawians",
    "MY": "Malaysian|Malaysians",
    "MV": "Maldivian|Maldivians",
    "ML": "Malian|Malians",
    "MT": "Maltese",
    "MH": "Marshallese",
    "MR": "Mauritanian|Mauritanians",
    "MU": "Mauritian|Mauritians",
    "MX": "Mexican|Mexicans",
    "FM": "Micronesian|Micronesians",
    "MD": "Moldovan|Moldovans",
    "MC": "Monegasque|Monégasque|Monegasques",
    "MN": "Mongolian|Mongolians",
    "ME": "Montenegrin|Montenegrins",
    "MA": "Moroccan|Moroccans",
    "MZ": "Mozambican|Mozambicans",
    "MM": "Burmese|Myanmar national",
    "NA": "Namibian|Namibians",
    "NR": "Nauruan|Nauruans",
    "NP": "Nepali|Nepalese|Nepalis",
    "NL": "Dutch|Dutchman|Dutchmen|Dutchwoman",
    "NZ": "New Zealander|New Zealanders|Kiwi|Kiwis",
    "NI": "Nicaraguan|Nicaraguans",
    "NE": "Nigerien|Nigeriens",
    "NG": "Nigerian|Nigerians",
    "MK": "North Macedonian|Macedonian|Macedonians",
    "NO": "Norwegian|Norwegians",
    "OM": "Omani|Omanis",
    "PK": "Pakistani|Pakistanis",
    "PW": "Palauan|Palauans",
    "PS": "Palestinian|Palestinians",
    "PA": "Panamanian|Panamanians",
    "PG": "Papua New Guinean|Papua New Guineans",
    "PY": "Paraguayan|Paraguayans",
    "PE": "Peruvian|Peruvians",
    "PH": "Filipino|Filipinos|Filipina|Filipinas|Philippine",
    "PL": "Polish|Pole|Poles",
    "PT": "Portuguese",
    "PR": "Puerto Rican|Puerto Ricans",
    "QA": "Qatari|Qataris",
    "RO": "Romanian|Romanians",
    "RU": "Russian|Russians",
    "RW": "Rwandan|Rwandans",
    "WS": "Samoan|Samoans",
    "SM": "Sammarinese",
    "SA": "Saudi|Saudis|Saudi Arabian|Saudi Arabians",
    "SN": "Senegalese",
    "RS": "Serbian|Serbians|Serb|Serbs",
    "SC": "Seychellois",
    "SL": "Sierra Leonean|Sierra Leoneans",
    "SG": "Singaporean|Singaporeans",
    "SK": "Slovak|Slovaks|Slovakian|Slovakians",
    "SI": "Slovenian|Slovenians|Slovene|Slovenes",
    "SB": "Solomon Islander|Solomon Islanders",
    "SO": "Somali|Somalis",
    "ZA": "South African|South Africans",
    "SS": "South Sudanese",
    "ES": "Spanish|Spaniard|Spaniards",
    "LK": "Sri Lankan|Sri Lankans",
    "SD": "Sudanese",
    "SR": "Surinamese",
    "SE": "Swedish|Swede|Swedes",
    "CH": "Swiss",
    "SY": "Syrian|Syrians",
    "TW": "Taiwanese",
    "TJ": "Tajik|Tajiks|Tajikistani",
    "TZ": "Tanzanian|Tanzanians",
    "TH": "Thai|Thais",
    "TL": "Timorese|East Timorese",
    "TG": "Togolese",
    "TO": "Tongan|Tongans",
    "TT": "Trinidadian|Trinidadians|Tobagonian",
    "TN": "Tunisian|Tunisians",
    "TR": "Turkish|Turk|Turks",
    "TM": "Turkmen|Turkmens",
    "TV": "Tuvaluan|Tuvaluans",
    "UG": "Ugandan|Ugandans",
    "UA": "Ukrainian|Ukrainians",
    "AE": "Emirati|Emiratis",
    "GB": "British|Briton|Britons|Brit|Brits",
    "US": "American|Americans",
    "UY": "Uruguayan|Uruguayans",
    "UZ": "Uzbek|Uzbeks|Uzbekistani",
    "VU": "Ni-Vanuatu",
    "VE": "Venezuelan|Venezuelans",
    "VN": "Vietnamese",
    "YE": "Yemeni|Yemenis",
    "ZM": "Zambian|Zambians",
    "ZW": "Zimbabwean|Zimbabweans",
    "GL": "Greenlandic|Greenlander|Greenlanders",
    "CW": "Curaçaoan",
}

# Other NORP groups: nations within states, peoples, religions, political
# movements. (canonical|aliases ; id-suffix derived from canonical)
OTHER_NORP = """
English|Englishman|Englishmen|Englishwoman
Scottish|Scot|Scots|Scotsman|Scotsmen
Welsh|Welshman|Welshmen
Northern Irish
Catalan|Catalans|Catalonian
Basque|Basques
Flemish
Walloon|Walloons
Bavarian|Bavarians
Corsican|Corsicans
Sicilian|Sicilians
Kurdish|Kurd|Kurds
Arab|Arabs|Arabic
Persian|Persians
Pashtun|Pashtuns
Tamil|Tamils
Sinhalese
Punjabi|Punjabis
Bengali|Bengalis
Kashmiri|Kashmiris
Baloch|Baluch|Balochi
Uyghur|Uyghurs|Uighur|Uighurs
Tibetan|Tibetans
Han Chinese
Hindu|Hindus
Sikh|Sikhs
Muslim|Muslims|Moslem|Moslems
Christian|Christians
Catholic|Catholics|Roman Catholic|Roman Catholics
Protestant|Protestants
Orthodox Christian|Orthodox Christians
Evangelical|Evangelicals
Jewish|Jew|Jews
Buddhist|Buddhists
Sunni|Sunnis
Shiite|Shiites|Shia|Shi'ite|Shi'ites
Alawite|Alawites
Druze
Yazidi|Yazidis
Hutu|Hutus
Tutsi|Tutsis
Zulu|Zulus
Yoruba
Igbo
Hausa
Maori|Māori
Aboriginal|Aborigines|Aboriginal Australians
Native American|Native Americans
African American|African Americans|African-American|African-Americans
Hispanic|Hispanics
Latino|Latinos|Latina|Latinas
Asian American|Asian Americans
Roma
Chechen|Chechens
Tatar|Tatars|Crimean Tatars
Cossack|Cossacks
Circassian|Circassians
Ossetian|Ossetians
Abkhaz|Abkhazians
Berber|Berbers|Amazigh
Bedouin|Bedouins
Rohingya
Karen
Maasai
Somalilander|Somalilanders
Crimean
European|Europeans
African|Africans
Asian|Asians
Latin American|Latin Americans
South American|South Americans
North American|North Americans
Middle Eastern
Scandinavian|Scandinavians
Balkan
Baltic
Caucasian
Slavic|Slav|Slavs
Anglo-Saxon
Democrat|Democrats
Republican|Republicans
Conservative|Conservatives|Tory|Tories
Labourite|Labourites
Liberal Democrat|Liberal Democrats|Lib Dems|Lib Dem
Social Democrat|Social Democrats
Christian Democrat|Christian Democrats
Communist|Communists
Socialist|Socialists
Bolshevik|Bolsheviks
Maoist|Maoists
Islamist|Islamists
Zionist|Zionists
Sandinista|Sandinistas
Peronist|Peronists
Gaullist|Gaullists
Chavista|Chavistas
Taliban fighters
Soviet|Soviets
Yugoslav|Yugoslavs
Czechoslovak
Ottoman|Ottomans
Texan|Texans
Californian|Californians
New Yorker|New Yorkers
Muscovite|Muscovites
Londoner|Londoners
Parisian|Parisians
Berliner|Berliners
Quebecer|Quebecers|Québécois
Floridian|Floridians
"""

# Continents, oceans, seas, geographic and geopolitical regions, disputed
# and occupied territories frequently named in news (LOC).
REGIONS = """
Africa
Antarctica
Asia
Europe
North America
South America
Oceania|Australasia
Latin America
Central America
the Caribbean|Caribbean
Middle East|Mideast|the Middle East
Near East
Far East
Central Asia
South Asia|Indian subcontinent
Southeast Asia|South-East Asia|South East Asia
East Asia
West Asia
North Africa
West Africa
East Africa
Southern Africa
Central Africa
Sub-Saharan Africa
Horn of Africa
Sahel
Sahara
Maghreb
Levant
Persian Gulf|Arabian Gulf
Gulf of Aden
Gulf of Mexico
Arabian Peninsula
Western Europe
Eastern Europe
Central Europe
Northern Europe
Southern Europe
Scandinavia
Nordic countries|Nordics
Baltics|Baltic states|Baltic States
Balkans|Western Balkans
Caucasus|South Caucasus|North Caucasus
Transcaucasia
Siberia
Russian Far East
Ural Mountains|Urals
Arctic
Antarctic
Atlantic|Atlantic Ocean
Pacific|Pacific Ocean
Indian Ocean
Arctic Ocean
Southern Ocean
Mediterranean|Mediterranean Sea
Black Sea
Baltic Sea
North Sea
Caspian Sea
Red Sea
Dead Sea
Aegean Sea|Aegean
Adriatic Sea|Adriatic
Sea of Azov
South China Sea
East China Sea
Sea of Japan
Yellow Sea
Arabian Sea
Bay of Bengal
Strait of Hormuz
Bosporus|Bosphorus
Dardanelles
Suez Canal
Panama Canal
English Channel
Taiwan Strait
Kerch Strait
Strait of Gibraltar
Strait of Malacca
Straits of Florida
Himalayas|Himalaya
Alps
Andes
Amazon rainforest|Amazon River
Nile
Danube
Rhine
Dnieper|Dnipro River
Volga
Mississippi River
Euphrates
Tigris
Jordan River
Mekong
Yangtze
Ganges
Rio Grande
Sinai|Sinai Peninsula
Negev
Golan Heights|Golan
West Bank
Gaza|Gaza Strip
East Jerusalem
Crimea|Crimean Peninsula
Donbas|Donbass
Luhansk People's Republic|LPR
Donetsk People's Republic|DPR
Transnistria|Trans-Dniester|Transdniestria
Abkhazia
South Ossetia
Nagorno-Karabakh|Karabakh|Artsakh
Kashmir
Jammu and Kashmir
Tibet
Xinjiang
Inner Mongolia
Kurdistan|Iraqi Kurdistan
Darfur
Tigray
Somaliland
Western Sahara
Balochistan|Baluchistan
Chechnya|Chechen Republic
Dagestan
Kaliningrad
Northern Ireland
Scotland
England
Wales
Catalonia|Catalunya
Basque Country
Corsica
Sicily
Sardinia
Bavaria
Flanders
Wallonia
Lapland
Greenland
Patagonia
Yucatan|Yucatán
Silicon Valley
Wall Street
Midwest|U.S. Midwest
Deep South
New England
Appalachia
Pacific Northwest
Great Lakes
Rust Belt
Sun Belt
Bible Belt
West Coast
East Coast
Gulf Coast
Great Plains
Balearic Islands|Balearics
Canary Islands|Canaries
Hawaiian Islands
Falkland Islands
Faroe Islands|Faroes
Spratly Islands|Spratlys
Paracel Islands|Paracels
Senkaku Islands|Senkakus|Diaoyu Islands
Kuril Islands|Kurils|Kurile Islands
Korean Peninsula
Iberian Peninsula|Iberia
Scandinavian Peninsula
Balkan Peninsula
Anatolia
Mesopotamia
Eurasia
Indo-Pacific
Global South
Sahrawi Republic
"""

# Region names kept as MISC-free LOC; "the West" is left to rules because it
# is mostly a political idiom.

# English names for first-level subdivisions whose ISO 3166-2 names are not
# the ones English news uses. Code -> "Canonical|aliases".
SUBDIVISION_NAMES = {
    # Germany
    "DE-BW": "Baden-Württemberg|Baden-Wuerttemberg|Baden-Wurttemberg",
    "DE-BY": "Bavaria|Bayern",
    "DE-BE": "Berlin",
    "DE-BB": "Brandenburg",
    "DE-HB": "Bremen",
    "DE-HH": "Hamburg",
    "DE-HE": "Hesse|Hessen",
    "DE-MV": "Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern",
    "DE-NI": "Lower Saxony|Niedersachsen",
    "DE-NW": "North Rhine-Westphalia|Nordrhein-Westfalen|NRW",
    "DE-RP": "Rhineland-Palatinate|Rheinland-Pfalz",
    "DE-SL": "Saarland",
    "DE-SN": "Saxony|Sachsen",
    "DE-ST": "Saxony-Anhalt|Sachsen-Anhalt",
    "DE-SH": "Schleswig-Holstein",
    "DE-TH": "Thuringia|Thüringen|Thueringen",
    # Ukraine (oblasts are usually named after their centre + "region")
    "UA-71": "Cherkasy region|Cherkasy Oblast",
    "UA-74": "Chernihiv region|Chernihiv Oblast",
    "UA-77": "Chernivtsi region|Chernivtsi Oblast",
    "UA-12": "Dnipropetrovsk region|Dnipropetrovsk Oblast",
    "UA-14": "Donetsk region|Donetsk Oblast",
    "UA-26": "Ivano-Frankivsk region|Ivano-Frankivsk Oblast",
    "UA-63": "Kharkiv region|Kharkiv Oblast|Kharkov region",
    "UA-65": "Kherson region|Kherson Oblast",
    "UA-68": "Khmelnytskyi region|Khmelnytskyi Oblast",
    "UA-35": "Kirovohrad region|Kirovohrad Oblast",
    "UA-32": "Kyiv region|Kyiv Oblast|Kiev region",
    "UA-09": "Luhansk region|Luhansk Oblast|Lugansk region",
    "UA-46": "Lviv region|Lviv Oblast",
    "UA-48": "Mykolaiv region|Mykolaiv Oblast",
    "UA-51": "Odesa region|Odesa Oblast|Odessa region",
    "UA-53": "Poltava region|Poltava Oblast",
    "UA-56": "Rivne region|Rivne Oblast",
    "UA-59": "Sumy region|Sumy Oblast",
    "UA-61": "Ternopil region|Ternopil Oblast",
    "UA-05": "Vinnytsia region|Vinnytsia Oblast",
    "UA-07": "Volyn region|Volyn Oblast",
    "UA-21": "Zakarpattia region|Zakarpattia Oblast|Transcarpathia",
    "UA-23": "Zaporizhzhia region|Zaporizhzhia Oblast|Zaporizhia region|Zaporozhye region",
    "UA-18": "Zhytomyr region|Zhytomyr Oblast",
    "UA-43": "Autonomous Republic of Crimea",
    "UA-40": "Sevastopol",
    # Russia (federal subjects, English news forms)
    "RU-AD": "Adygea|Republic of Adygea",
    "RU-AL": "Altai Republic",
    "RU-ALT": "Altai Krai",
    "RU-AMU": "Amur region|Amur Oblast",
    "RU-ARK": "Arkhangelsk region|Arkhangelsk Oblast",
    "RU-AST": "Astrakhan region|Astrakhan Oblast",
    "RU-BA": "Bashkortostan|Bashkiria",
    "RU-BEL": "Belgorod region|Belgorod Oblast",
    "RU-BRY": "Bryansk region|Bryansk Oblast",
    "RU-BU": "Buryatia",
    "RU-CE": "Chechnya|Chechen Republic",
    "RU-CHE": "Chelyabinsk region|Chelyabinsk Oblast",
    "RU-CHU": "Chukotka",
    "RU-CU": "Chuvashia",
    "RU-DA": "Dagestan",
    "RU-IN": "Ingushetia",
    "RU-IRK": "Irkutsk region|Irkutsk Oblast",
    "RU-IVA": "Ivanovo region|Ivanovo Oblast",
    "RU-KB": "Kabardino-Balkaria",
    "RU-KGD": "Kaliningrad region|Kaliningrad Oblast",
    "RU-KL": "Kalmykia",
    "RU-KLU": "Kaluga region|Kaluga Oblast",
    "RU-KAM": "Kamchatka|Kamchatka Krai",
    "RU-KC": "Karachay-Cherkessia",
    "RU-KR": "Karelia",
    "RU-KEM": "Kemerovo region|Kemerovo Oblast|Kuzbass",
    "RU-KHA": "Khabarovsk Krai|Khabarovsk region",
    "RU-KK": "Khakassia",
    "RU-KHM": "Khanty-Mansi Autonomous Okrug|Khanty-Mansiysk region|Yugra",
    "RU-KIR": "Kirov region|Kirov Oblast",
    "RU-KO": "Komi Republic|Komi",
    "RU-KOS": "Kostroma region|Kostroma Oblast",
    "RU-KDA": "Krasnodar Krai|Krasnodar region|Kuban",
    "RU-KYA": "Krasnoyarsk Krai|Krasnoyarsk region",
    "RU-KGN": "Kurgan region|Kurgan Oblast",
    "RU-KRS": "Kursk region|Kursk Oblast",
    "RU-LEN": "Leningrad region|Leningrad Oblast",
    "RU-LIP": "Lipetsk region|Lipetsk Oblast",
    "RU-MAG": "Magadan region|Magadan Oblast",
    "RU-ME": "Mari El",
    "RU-MO": "Mordovia",
    "RU-MOS": "Moscow region|Moscow Oblast",
    "RU-MOW": "Moscow",
    "RU-MUR": "Murmansk region|Murmansk Oblast",
    "RU-NEN": "Nenets Autonomous Okrug",
    "RU-NIZ": "Nizhny Novgorod region|Nizhny Novgorod Oblast",
    "RU-NGR": "Novgorod region|Novgorod Oblast",
    "RU-NVS": "Novosibirsk region|Novosibirsk Oblast",
    "RU-OMS": "Omsk region|Omsk Oblast",
    "RU-ORE": "Orenburg region|Orenburg Oblast",
    "RU-ORL": "Oryol region|Oryol Oblast|Orel region",
    "RU-PNZ": "Penza region|Penza Oblast",
    "RU-PER": "Perm Krai|Perm region",
    "RU-PRI": "Primorsky Krai|Primorye",
    "RU-PSK": "Pskov region|Pskov Oblast",
    "RU-ROS": "Rostov region|Rostov Oblast",
    "RU-RYA": "Ryazan region|Ryazan Oblast",
    "RU-SA": "Yakutia|Sakha Republic|Sakha",
    "RU-SAK": "Sakhalin region|Sakhalin Oblast|Sakhalin",
    "RU-SAM": "Samara region|Samara Oblast",
    "RU-SPE": "Saint Petersburg",
    "RU-SAR": "Saratov region|Saratov Oblast",
    "RU-SE": "North Ossetia|North Ossetia-Alania",
    "RU-SMO": "Smolensk region|Smolensk Oblast",
    "RU-STA": "Stavropol Krai|Stavropol region",
    "RU-SVE": "Sverdlovsk region|Sverdlovsk Oblast",
    "RU-TAM": "Tambov region|Tambov Oblast",
    "RU-TA": "Tatarstan",
    "RU-TOM": "Tomsk region|Tomsk Oblast",
    "RU-TUL": "Tula region|Tula Oblast",
    "RU-TVE": "Tver region|Tver Oblast",
    "RU-TYU": "Tyumen region|Tyumen Oblast",
    "RU-TY": "Tuva|Tyva",
    "RU-UD": "Udmurtia",
    "RU-ULY": "Ulyanovsk region|Ulyanovsk Oblast",
    "RU-VLA": "Vladimir region|Vladimir Oblast",
    "RU-VGG": "Volgograd region|Volgograd Oblast",
    "RU-VLG": "Vologda region|Vologda Oblast",
    "RU-VOR": "Voronezh region|Voronezh Oblast",
    "RU-YAN": "Yamalo-Nenets Autonomous Okrug|Yamal",
    "RU-YAR": "Yaroslavl region|Yaroslavl Oblast",
    "RU-YEV": "Jewish Autonomous Oblast",
    "RU-ZAB": "Zabaykalsky Krai|Transbaikal",
    # China
    "CN-XZ": "Tibet|Tibet Autonomous Region|Xizang",
    "CN-XJ": "Xinjiang|Xinjiang Uyghur Autonomous Region",
    "CN-NM": "Inner Mongolia",
    "CN-GX": "Guangxi",
    "CN-NX": "Ningxia",
    "CN-HK": "Hong Kong",
    "CN-MO": "Macau|Macao",
    "CN-TW": None,  # listed as a country
    # United Kingdom constituent countries
    "GB-ENG": "England",
    "GB-SCT": "Scotland",
    "GB-WLS": "Wales",
    "GB-NIR": "Northern Ireland|Ulster",
    # Spain (autonomous communities)
    "ES-CT": "Catalonia|Catalunya|Cataluña",
    "ES-PV": "Basque Country|Euskadi|País Vasco",
    "ES-AN": "Andalusia|Andalucía|Andalucia",
    "ES-GA": "Galicia",
    "ES-MD": "Community of Madrid",
    "ES-VC": "Valencian Community",
    "ES-CL": "Castile and León|Castilla y León",
    "ES-CM": "Castile-La Mancha|Castilla-La Mancha",
    "ES-AR": "Aragon|Aragón",
    "ES-AS": "Asturias",
    "ES-CB": "Cantabria",
    "ES-NC": "Navarre|Navarra",
    "ES-RI": "La Rioja",
    "ES-EX": "Extremadura",
    "ES-MC": "Murcia|Region of Murcia",
    "ES-IB": "Balearic Islands|Baleares",
    "ES-CN": "Canary Islands|Canarias",
    # Italy (regions)
    "IT-21": "Piedmont|Piemonte",
    "IT-23": "Aosta Valley|Valle d'Aosta",
    "IT-25": "Lombardy|Lombardia",
    "IT-32": "Trentino-Alto Adige|South Tyrol",
    "IT-34": "Veneto",
    "IT-36": "Friuli-Venezia Giulia",
    "IT-42": "Liguria",
    "IT-45": "Emilia-Romagna",
    "IT-52": "Tuscany|Toscana",
    "IT-55": "Umbria",
    "IT-57": "Marche",
    "IT-62": "Lazio|Latium",
    "IT-65": "Abruzzo",
    "IT-67": "Molise",
    "IT-72": "Campania",
    "IT-75": "Apulia|Puglia",
    "IT-77": "Basilicata",
    "IT-78": "Calabria",
    "IT-82": "Sicily|Sicilia",
    "IT-88": "Sardinia|Sardegna",
    # France (metropolitan regions)
    "FR-ARA": "Auvergne-Rhône-Alpes",
    "FR-BFC": "Bourgogne-Franche-Comté",
    "FR-BRE": "Brittany|Bretagne",
    "FR-CVL": "Centre-Val de Loire",
    "FR-20R": "Corsica|Corse",
    "FR-GES": "Grand Est",
    "FR-HDF": "Hauts-de-France",
    "FR-IDF": "Île-de-France|Ile-de-France",
    "FR-NOR": "Normandy|Normandie",
    "FR-NAQ": "Nouvelle-Aquitaine",
    "FR-OCC": "Occitania|Occitanie",
    "FR-PDL": "Pays de la Loire",
    "FR-PAC": "Provence-Alpes-Côte d'Azur|Provence",
    # Belgium
    "BE-VLG": "Flanders|Flemish Region",
    "BE-WAL": "Wallonia|Walloon Region",
    "BE-BRU": "Brussels-Capital Region",
    # Austria
    "AT-1": "Burgenland",
    "AT-2": "Carinthia|Kärnten|Kaernten",
    "AT-3": "Lower Austria|Niederösterreich",
    "AT-4": "Upper Austria|Oberösterreich",
    "AT-5": "Salzburg state|Land Salzburg",
    "AT-6": "Styria|Steiermark",
    "AT-7": "Tyrol|Tirol",
    "AT-8": "Vorarlberg",
    "AT-9": None,
    # Mexico
    "MX-CMX": None,
    "MX-MEX": "State of Mexico|Estado de México",
    "MX-COA": "Coahuila|Coahuila de Zaragoza",
    "MX-MIC": "Michoacán|Michoacan|Michoacán de Ocampo",
    "MX-VER": "Veracruz|Veracruz de Ignacio de la Llave",
    # Brazil
    "BR-DF": "Federal District of Brazil|Distrito Federal",
    # Nigeria (names that are ordinary words get the word "State")
    "NG-DE": "Delta State",
    "NG-NI": "Niger State",
    "NG-PL": "Plateau State",
    "NG-RI": "Rivers State",
    "NG-FC": "Federal Capital Territory",
    # Pakistan
    "PK-KP": "Khyber Pakhtunkhwa",
    "PK-PB": "Punjab",
    "PK-SD": "Sindh",
    "PK-BA": "Balochistan|Baluchistan",
    "PK-GB": "Gilgit-Baltistan",
    # Iraq
    "IQ-AR": "Erbil|Arbil",
}

# Countries whose first-level subdivisions are taken from ISO 3166-2 with
# their names as given there (English or accepted in English news), with
# diacritic-free aliases, and the subdivision categories kept.
SUBDIVISION_COUNTRIES = {
    "US": ("State", "District"),
    "CA": ("Province", "Territory"),
    "AU": ("State", "Territory"),
    "IN": ("State", "Union territory"),
    "BR": ("State", "Federal district"),
    "MX": ("State", "Federal entity"),
    "JP": ("Prefecture",),
    "NG": ("State",),
    "AR": ("Province",),
    "AT": ("State",),
    "CN": ("Province", "Autonomous region", "Municipality", "Special administrative region"),
    "DE": ("Land",),
    "UA": ("Region", "Republic", "City"),
    "RU": ("Republic", "Administrative territory", "Autonomous district", "Autonomous province", "Autonomous city", "Region", "Autonomous region"),
    "GB": ("Country", "Province", "Nation"),
    "ES": ("Autonomous community",),
    "IT": ("Region", "Autonomous region"),
    "FR": ("Metropolitan region", "Metropolitan collectivity with special status"),
    "BE": ("Region",),
    "PK": ("Province", "Autonomous state", "Federal territory", "Pakistan administered area"),
    "ZA": ("Province",),
    "KR": ("Province", "Metropolitan city", "Special city", "Special self-governing province", "Special self-governing city"),
    "PH": ("Region",),
    "ID": ("Province", "Special region", "Capital district", "Geographical unit"),
}

# Exonyms and usual spellings of cities: GeoNames id or name -> aliases. Keys
# are "CC:Name" of the GeoNames city.
CITY_ALIASES = {
    "UA:Kyiv": "Kiev|Kyyiv",
    "UA:Kharkiv": "Kharkov",
    "UA:Odesa": "Odessa",
    "UA:Dnipro": "Dnipropetrovsk|Dnepr",
    "UA:Zaporizhzhya": "=Zaporizhzhia|Zaporizhzhya|Zaporozhye|Zaporizhia",
    "UA:Luhansk": "Lugansk",
    "UA:Mykolayiv": "=Mykolaiv|Mykolayiv|Nikolaev|Nikolayev",
    "UA:Lviv": "Lvov|Lwow",
        "UA:Kherson": "Herson",
    "UA:Chernihiv": "Chernigov",
    "UA:Kryvyy Rih": "=Kryvyi Rih|Kryvyy Rih|Krivoy Rog",
    "UA:Vinnytsya": "=Vinnytsia|Vinnitsa",
    "UA:Zhytomyr": "Zhitomir",
    "UA:Ivano-Frankivsk": "Ivano-Frankovsk",
        "UA:Siverskodonetsk": "=Sievierodonetsk|Siverskodonetsk|Severodonetsk|Syeverodonetsk",
    "UA:Sevastopol": "Sebastopol",
        "RU:Moscow": "Moskva",
    "RU:Saint Petersburg": "St. Petersburg|St Petersburg|Petersburg|Leningrad",
    "RU:Nizhniy Novgorod": "=Nizhny Novgorod|Nizhni Novgorod",
    "RU:Yekaterinburg": "Ekaterinburg|Sverdlovsk",
    "RU:Volgograd": "Stalingrad",
    "RU:Rostov-on-Don": "Rostov-na-Donu|Rostov",
                "RU:Ryazan’": "Ryazan",
                        "BY:Homyel'": "=Gomel|Homel|Homyel",
    "BY:Hrodna": "Grodno",
    "BY:Mahilyow": "=Mogilev|Mahilyow|Mogilyov",
        "DE:Munich": "München|Muenchen",
    "DE:Köln": "=Cologne|Köln|Koeln",
    "DE:Nuremberg": "Nürnberg|Nuernberg",
    "DE:Frankfurt am Main": "=Frankfurt|Frankfurt am Main",
    "DE:Hannover": "=Hanover|Hannover",
    "DE:Düsseldorf": "Duesseldorf",
    "AT:Vienna": "Wien",
    "CZ:Prague": "Praha",
    "PL:Warsaw": "Warszawa",
    "PL:Kraków": "Krakow|Cracow",
    "IT:Rome": "Roma",
    "IT:Milan": "Milano",
    "IT:Turin": "Torino",
    "IT:Florence": "Firenze",
    "IT:Venice": "Venezia",
    "IT:Genoa": "Genova",
    "PT:Lisbon": "Lisboa",
    "ES:Sevilla": "=Seville|Sevilla",
    "BE:Brussels": "Bruxelles|Brussel",
    "BE:Antwerp": "Antwerpen|Anvers",
    "BE:Gent": "=Ghent|Gent",
    "BE:Liège": "Liege",
    "NL:The Hague": "Den Haag|'s-Gravenhage",
    "DK:Copenhagen": "København",
    "GR:Athens": "Athina",
    "GR:Thessaloníki": "Thessaloniki|Salonika",
    "TR:Istanbul": "Constantinople|İstanbul",
    "CN:Beijing": "Peking",
    "CN:Guangzhou": "Canton",
    "CN:Xi’an": "Xi'an|Xian",
    "IN:Mumbai": "Bombay",
    "IN:Kolkata": "Calcutta",
    "IN:Chennai": "Madras",
    "IN:Bengaluru": "Bangalore",
    "IN:Delhi": "New Delhi",
    "VN:Ho Chi Minh City": "Saigon",
    "MM:Yangon": "Rangoon",
    "MM:Nay Pyi Taw": "=Naypyitaw|Nay Pyi Taw|Naypyidaw",
    "US:New York City": "New York|NYC",
    "US:Washington": "Washington, D.C.|Washington D.C.|Washington DC",
    "US:Los Angeles": "L.A.",
    "US:San Francisco": "SF",
    "US:Philadelphia": "Philly",
    "US:New Orleans": "NOLA",
    "MX:Mexico City": "Ciudad de México",
        "KP:Pyongyang": "P'yongyang",
    "IL:Jerusalem": "Al-Quds",
    "IL:Tel Aviv": "Tel Aviv-Yafo|Tel Aviv-Jaffa",
    "SY:Aleppo": "Halab",
        "IQ:Erbil": "Arbil|Irbil",
    "SY:Ar Raqqah": "=Raqqa|Ar Raqqah|Raqqah",
    "BE:Brugge": "=Bruges|Brugge",
    "UA:Slovyansk": "=Sloviansk|Slovyansk|Slavyansk",
    "UA:Izyum": "=Izium|Izyum",
    "UA:Kupyansk": "=Kupiansk|Kupyansk",
    "EG:Cairo": "Al-Qahira",
        "SA:Jeddah": "Jiddah",
    "SA:Makkah": "=Mecca|Makkah",
        "KZ:Almaty": "Alma-Ata",
    "KZ:Astana": "Nur-Sultan",
    "GE:Tbilisi": "Tiflis",
    }

# Smaller places often named in international news (below the population
# threshold): "CC:GeoNames name" of cities15000 forced in.
FORCED_CITIES = [
    "UA:Bucha", "UA:Irpin", "UA:Bakhmut", "UA:Izyum", "UA:Kupyansk", "UA:Kherson",
    "UA:Pokrovsk", "UA:Enerhodar", "UA:Melitopol", "UA:Berdyansk",
    "UA:Lysychansk", "UA:Siverskodonetsk", "UA:Slovyansk", "UA:Hostomel", "UA:Nova Kakhovka",
    "RU:Belgorod", "RU:Kursk", "RU:Sochi", "RU:Grozny", "RU:Murmansk",
    "IL:Sderot", "PS:Ramallah", "PS:Hebron", "PS:Nablus", "PS:Bethlehem", "PS:Gaza",
    "SY:Idlib", "SY:Ar Raqqah", "SY:Deir ez-Zor",
    "CH:Lausanne", "CH:Geneva", "CH:Basel", "CH:Bern", "CH:Zürich",
    "FR:Cannes", "MC:Monaco", "LU:Luxembourg",
    "NL:Maastricht", "BE:Brugge",
    "US:Annapolis", "US:Ferguson", "US:Uvalde", "US:Parkland",
    "GB:Salisbury", "GB:Canterbury", "GB:Windsor", "GB:Cambridge", "GB:Oxford",
    "GB:Reading", "GB:Bath", "GB:Belfast", "GB:Cardiff",
    "IE:Cork", "IE:Galway", "IS:Reykjavík", "DE:Bonn",
]

# Places in the news missing from GeoNames cities15000 (small towns, camps,
# disputed places); ids from the slug.
EXTRA_PLACES = """
Davos
Aspen
Camp David
Palm Beach
Mar-a-Lago
Chernobyl|Chornobyl
Avdiivka|Avdeevka
Vuhledar|Ugledar
Rafah
Khan Younis|Khan Yunis
Jenin
Jabalia|Jabaliya
Douma
Kobani|Kobane
Ramstein Air Base|Ramstein
Guantanamo Bay|Guantanamo
Sandy Hook
Zaporizhzhia Nuclear Power Plant|Zaporizhzhia nuclear plant
"""

# GeoNames populated places left out: districts of bigger cities whose
# names are mostly something else in news.
EXCLUDED_CITIES = {"CO:Kennedy", "CN:Puxi", "CN:Pudong", "CN:Wuzhong", "TR:Van", "GB:Brent", "UG:Kira",
                   "IN:Loni", "PH:Valenzuela", "AO:Benfica", "CA:Ajax", "IN:Vasco da Gama",
                   "SY:Dūmā"}
