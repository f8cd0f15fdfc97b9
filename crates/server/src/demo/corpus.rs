//! Static source material for `heroes serve --demo`.
//!
//! The demo generator needs a program that looks real enough to judge the product by: hundreds
//! of heroes from every inhabited continent, names in many cultures and scripts, believable
//! headlines, bios and thousands of contribution titles. Everything here is plain data with a
//! few lookup helpers; the generator owns the (seeded) random number generator and picks from
//! these lists, so the same seed always produces the same program.
//!
//! Company names are invented. Technology, service and event names are real, because a demo
//! about AWS community work that never mentions Lambda or re:Invent would not be believable.

// Not every generator uses every list or field (e.g. `Place::languages`, `Culture::ALL`), and an
// unused corpus entry is not a bug.
#![allow(dead_code, reason = "static corpus: the generator picks what it needs")]

/// A place heroes live: city, ISO 3166-1 alpha-2 country code (uppercase), IANA time zone,
/// the name culture used for people there, and the spoken languages (BCP 47, e.g. "de", "pt-BR").
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub city: &'static str,
    pub country: &'static str,
    pub timezone: &'static str,
    pub culture: Culture,
    pub languages: &'static [&'static str],
}

/// A naming culture: which given and family names people in a place plausibly have.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Culture {
    /// Britain, Ireland, Canada, Australia, New Zealand.
    English,
    /// The United States, whose names come from everywhere.
    American,
    German,
    French,
    Spanish,
    Portuguese,
    Italian,
    Dutch,
    /// Swedish, Norwegian, Danish and Finnish names.
    Nordic,
    Polish,
    /// Czech family names inflect by gender; see [`family_name_for`].
    Czech,
    Ukrainian,
    Russian,
    Turkish,
    Arabic,
    Hebrew,
    Japanese,
    Chinese,
    Korean,
    Indian,
    Pakistani,
    Bengali,
    Sinhala,
    Vietnamese,
    Indonesian,
    Filipino,
    Thai,
    /// West African (Nigerian and Ghanaian) names.
    African,
    /// Kenyan, Ugandan, Tanzanian and Rwandan names.
    EastAfrican,
    SouthAfrican,
    Greek,
    Hungarian,
    Romanian,
}

impl Culture {
    /// Every culture, in declaration order.
    pub const ALL: &'static [Culture] = &[
        Culture::English,
        Culture::American,
        Culture::German,
        Culture::French,
        Culture::Spanish,
        Culture::Portuguese,
        Culture::Italian,
        Culture::Dutch,
        Culture::Nordic,
        Culture::Polish,
        Culture::Czech,
        Culture::Ukrainian,
        Culture::Russian,
        Culture::Turkish,
        Culture::Arabic,
        Culture::Hebrew,
        Culture::Japanese,
        Culture::Chinese,
        Culture::Korean,
        Culture::Indian,
        Culture::Pakistani,
        Culture::Bengali,
        Culture::Sinhala,
        Culture::Vietnamese,
        Culture::Indonesian,
        Culture::Filipino,
        Culture::Thai,
        Culture::African,
        Culture::EastAfrican,
        Culture::SouthAfrican,
        Culture::Greek,
        Culture::Hungarian,
        Culture::Romanian,
    ];
}

/// The specialization slugs the lookup functions below know about.
pub const SPECIALIZATIONS: &[&str] = &[
    "community",
    "serverless",
    "data",
    "machine-learning",
    "container",
    "devtools",
    "security",
];

const fn place(
    city: &'static str,
    country: &'static str,
    timezone: &'static str,
    culture: Culture,
    languages: &'static [&'static str],
) -> Place {
    Place {
        city,
        country,
        timezone,
        culture,
        languages,
    }
}

use Culture as C;

/// Cities heroes live in, across all six inhabited continents.
#[rustfmt::skip] // one place per line reads better than rustfmt's five
pub static PLACES: &[Place] = &[
    // North America
    place("Seattle", "US", "America/Los_Angeles", C::American, &["en"]),
    place("San Francisco", "US", "America/Los_Angeles", C::American, &["en"]),
    place("Austin", "US", "America/Chicago", C::American, &["en", "es"]),
    place("Chicago", "US", "America/Chicago", C::American, &["en"]),
    place("New York", "US", "America/New_York", C::American, &["en"]),
    place("Boston", "US", "America/New_York", C::American, &["en"]),
    place("Atlanta", "US", "America/New_York", C::American, &["en"]),
    place("Raleigh", "US", "America/New_York", C::American, &["en"]),
    place("Miami", "US", "America/New_York", C::American, &["en", "es"]),
    place("Denver", "US", "America/Denver", C::American, &["en"]),
    place("Phoenix", "US", "America/Phoenix", C::American, &["en", "es"]),
    place("Honolulu", "US", "Pacific/Honolulu", C::American, &["en", "haw"]),
    place("Toronto", "CA", "America/Toronto", C::English, &["en", "fr"]),
    place("Vancouver", "CA", "America/Vancouver", C::English, &["en"]),
    place("Calgary", "CA", "America/Edmonton", C::English, &["en"]),
    place("Montréal", "CA", "America/Toronto", C::French, &["fr-CA", "en"]),
    place("Mexico City", "MX", "America/Mexico_City", C::Spanish, &["es-MX"]),
    place("Guadalajara", "MX", "America/Mexico_City", C::Spanish, &["es-MX"]),
    place("Monterrey", "MX", "America/Monterrey", C::Spanish, &["es-MX"]),
    place("San José", "CR", "America/Costa_Rica", C::Spanish, &["es"]),
    place("Guatemala City", "GT", "America/Guatemala", C::Spanish, &["es"]),
    place("Panama City", "PA", "America/Panama", C::Spanish, &["es", "en"]),
    place("Santo Domingo", "DO", "America/Santo_Domingo", C::Spanish, &["es"]),
    // South America
    place("São Paulo", "BR", "America/Sao_Paulo", C::Portuguese, &["pt-BR"]),
    place("Rio de Janeiro", "BR", "America/Sao_Paulo", C::Portuguese, &["pt-BR"]),
    place("Belo Horizonte", "BR", "America/Sao_Paulo", C::Portuguese, &["pt-BR"]),
    place("Florianópolis", "BR", "America/Sao_Paulo", C::Portuguese, &["pt-BR"]),
    place("Recife", "BR", "America/Recife", C::Portuguese, &["pt-BR"]),
    place("Buenos Aires", "AR", "America/Argentina/Buenos_Aires", C::Spanish, &["es-AR"]),
    place("Córdoba", "AR", "America/Argentina/Cordoba", C::Spanish, &["es-AR"]),
    place("Mendoza", "AR", "America/Argentina/Mendoza", C::Spanish, &["es-AR"]),
    place("Santiago", "CL", "America/Santiago", C::Spanish, &["es-CL"]),
    place("Valparaíso", "CL", "America/Santiago", C::Spanish, &["es-CL"]),
    place("Bogotá", "CO", "America/Bogota", C::Spanish, &["es-CO"]),
    place("Medellín", "CO", "America/Bogota", C::Spanish, &["es-CO"]),
    place("Lima", "PE", "America/Lima", C::Spanish, &["es-PE", "qu"]),
    place("Montevideo", "UY", "America/Montevideo", C::Spanish, &["es-UY"]),
    place("Quito", "EC", "America/Guayaquil", C::Spanish, &["es-EC"]),
    place("La Paz", "BO", "America/La_Paz", C::Spanish, &["es", "ay", "qu"]),
    // Europe
    place("London", "GB", "Europe/London", C::English, &["en"]),
    place("Manchester", "GB", "Europe/London", C::English, &["en"]),
    place("Edinburgh", "GB", "Europe/London", C::English, &["en", "gd"]),
    place("Cardiff", "GB", "Europe/London", C::English, &["en", "cy"]),
    place("Dublin", "IE", "Europe/Dublin", C::English, &["en", "ga"]),
    place("Cork", "IE", "Europe/Dublin", C::English, &["en", "ga"]),
    place("Berlin", "DE", "Europe/Berlin", C::German, &["de"]),
    place("Munich", "DE", "Europe/Berlin", C::German, &["de"]),
    place("Hamburg", "DE", "Europe/Berlin", C::German, &["de"]),
    place("Cologne", "DE", "Europe/Berlin", C::German, &["de"]),
    place("Frankfurt", "DE", "Europe/Berlin", C::German, &["de"]),
    place("Vienna", "AT", "Europe/Vienna", C::German, &["de-AT"]),
    place("Zurich", "CH", "Europe/Zurich", C::German, &["de-CH", "en"]),
    place("Geneva", "CH", "Europe/Zurich", C::French, &["fr-CH", "en"]),
    place("Paris", "FR", "Europe/Paris", C::French, &["fr"]),
    place("Lyon", "FR", "Europe/Paris", C::French, &["fr"]),
    place("Toulouse", "FR", "Europe/Paris", C::French, &["fr"]),
    place("Nantes", "FR", "Europe/Paris", C::French, &["fr"]),
    place("Brussels", "BE", "Europe/Brussels", C::French, &["fr", "nl"]),
    place("Ghent", "BE", "Europe/Brussels", C::Dutch, &["nl"]),
    place("Amsterdam", "NL", "Europe/Amsterdam", C::Dutch, &["nl", "en"]),
    place("Utrecht", "NL", "Europe/Amsterdam", C::Dutch, &["nl"]),
    place("Rotterdam", "NL", "Europe/Amsterdam", C::Dutch, &["nl"]),
    place("Madrid", "ES", "Europe/Madrid", C::Spanish, &["es"]),
    place("Barcelona", "ES", "Europe/Madrid", C::Spanish, &["ca", "es"]),
    place("Valencia", "ES", "Europe/Madrid", C::Spanish, &["es", "ca"]),
    place("Lisbon", "PT", "Europe/Lisbon", C::Portuguese, &["pt-PT"]),
    place("Porto", "PT", "Europe/Lisbon", C::Portuguese, &["pt-PT"]),
    place("Milan", "IT", "Europe/Rome", C::Italian, &["it"]),
    place("Rome", "IT", "Europe/Rome", C::Italian, &["it"]),
    place("Turin", "IT", "Europe/Rome", C::Italian, &["it"]),
    place("Bologna", "IT", "Europe/Rome", C::Italian, &["it"]),
    place("Stockholm", "SE", "Europe/Stockholm", C::Nordic, &["sv"]),
    place("Gothenburg", "SE", "Europe/Stockholm", C::Nordic, &["sv"]),
    place("Oslo", "NO", "Europe/Oslo", C::Nordic, &["nb"]),
    place("Copenhagen", "DK", "Europe/Copenhagen", C::Nordic, &["da"]),
    place("Aarhus", "DK", "Europe/Copenhagen", C::Nordic, &["da"]),
    place("Helsinki", "FI", "Europe/Helsinki", C::Nordic, &["fi", "sv"]),
    place("Tampere", "FI", "Europe/Helsinki", C::Nordic, &["fi"]),
    place("Warsaw", "PL", "Europe/Warsaw", C::Polish, &["pl"]),
    place("Kraków", "PL", "Europe/Warsaw", C::Polish, &["pl"]),
    place("Wrocław", "PL", "Europe/Warsaw", C::Polish, &["pl"]),
    place("Gdańsk", "PL", "Europe/Warsaw", C::Polish, &["pl"]),
    place("Prague", "CZ", "Europe/Prague", C::Czech, &["cs"]),
    place("Brno", "CZ", "Europe/Prague", C::Czech, &["cs"]),
    place("Kyiv", "UA", "Europe/Kyiv", C::Ukrainian, &["uk"]),
    place("Lviv", "UA", "Europe/Kyiv", C::Ukrainian, &["uk"]),
    place("Bucharest", "RO", "Europe/Bucharest", C::Romanian, &["ro"]),
    place("Cluj-Napoca", "RO", "Europe/Bucharest", C::Romanian, &["ro", "hu"]),
    place("Iași", "RO", "Europe/Bucharest", C::Romanian, &["ro"]),
    place("Budapest", "HU", "Europe/Budapest", C::Hungarian, &["hu"]),
    place("Debrecen", "HU", "Europe/Budapest", C::Hungarian, &["hu"]),
    place("Athens", "GR", "Europe/Athens", C::Greek, &["el"]),
    place("Thessaloniki", "GR", "Europe/Athens", C::Greek, &["el"]),
    place("Limassol", "CY", "Asia/Nicosia", C::Greek, &["el", "en"]),
    place("Istanbul", "TR", "Europe/Istanbul", C::Turkish, &["tr"]),
    place("Ankara", "TR", "Europe/Istanbul", C::Turkish, &["tr"]),
    place("İzmir", "TR", "Europe/Istanbul", C::Turkish, &["tr"]),
    // Central Asia and the Middle East
    place("Almaty", "KZ", "Asia/Almaty", C::Russian, &["kk", "ru"]),
    place("Tel Aviv", "IL", "Asia/Jerusalem", C::Hebrew, &["he", "en"]),
    place("Haifa", "IL", "Asia/Jerusalem", C::Hebrew, &["he", "ar"]),
    place("Dubai", "AE", "Asia/Dubai", C::Arabic, &["ar", "en"]),
    place("Abu Dhabi", "AE", "Asia/Dubai", C::Arabic, &["ar", "en"]),
    place("Riyadh", "SA", "Asia/Riyadh", C::Arabic, &["ar"]),
    place("Jeddah", "SA", "Asia/Riyadh", C::Arabic, &["ar"]),
    place("Amman", "JO", "Asia/Amman", C::Arabic, &["ar", "en"]),
    place("Doha", "QA", "Asia/Qatar", C::Arabic, &["ar", "en"]),
    place("Manama", "BH", "Asia/Bahrain", C::Arabic, &["ar", "en"]),
    place("Beirut", "LB", "Asia/Beirut", C::Arabic, &["ar", "fr", "en"]),
    // Africa
    place("Cairo", "EG", "Africa/Cairo", C::Arabic, &["ar"]),
    place("Alexandria", "EG", "Africa/Cairo", C::Arabic, &["ar"]),
    place("Casablanca", "MA", "Africa/Casablanca", C::Arabic, &["ar", "fr", "zgh"]),
    place("Rabat", "MA", "Africa/Casablanca", C::Arabic, &["ar", "fr"]),
    place("Tunis", "TN", "Africa/Tunis", C::Arabic, &["ar", "fr"]),
    place("Lagos", "NG", "Africa/Lagos", C::African, &["en", "yo"]),
    place("Abuja", "NG", "Africa/Lagos", C::African, &["en", "ha"]),
    place("Port Harcourt", "NG", "Africa/Lagos", C::African, &["en", "ig"]),
    place("Accra", "GH", "Africa/Accra", C::African, &["en", "tw"]),
    place("Kumasi", "GH", "Africa/Accra", C::African, &["en", "tw"]),
    place("Nairobi", "KE", "Africa/Nairobi", C::EastAfrican, &["en", "sw"]),
    place("Mombasa", "KE", "Africa/Nairobi", C::EastAfrican, &["sw", "en"]),
    place("Kigali", "RW", "Africa/Kigali", C::EastAfrican, &["rw", "en", "fr"]),
    place("Kampala", "UG", "Africa/Kampala", C::EastAfrican, &["en", "lg"]),
    place("Dar es Salaam", "TZ", "Africa/Dar_es_Salaam", C::EastAfrican, &["sw", "en"]),
    place("Johannesburg", "ZA", "Africa/Johannesburg", C::SouthAfrican, &["en", "zu", "st"]),
    place("Cape Town", "ZA", "Africa/Johannesburg", C::SouthAfrican, &["en", "af", "xh"]),
    place("Durban", "ZA", "Africa/Johannesburg", C::SouthAfrican, &["en", "zu"]),
    // Asia
    place("Tokyo", "JP", "Asia/Tokyo", C::Japanese, &["ja"]),
    place("Osaka", "JP", "Asia/Tokyo", C::Japanese, &["ja"]),
    place("Fukuoka", "JP", "Asia/Tokyo", C::Japanese, &["ja"]),
    place("Sapporo", "JP", "Asia/Tokyo", C::Japanese, &["ja"]),
    place("Seoul", "KR", "Asia/Seoul", C::Korean, &["ko"]),
    place("Busan", "KR", "Asia/Seoul", C::Korean, &["ko"]),
    place("Daejeon", "KR", "Asia/Seoul", C::Korean, &["ko"]),
    place("Shanghai", "CN", "Asia/Shanghai", C::Chinese, &["zh-CN"]),
    place("Beijing", "CN", "Asia/Shanghai", C::Chinese, &["zh-CN"]),
    place("Shenzhen", "CN", "Asia/Shanghai", C::Chinese, &["zh-CN"]),
    place("Hangzhou", "CN", "Asia/Shanghai", C::Chinese, &["zh-CN"]),
    place("Taipei", "TW", "Asia/Taipei", C::Chinese, &["zh-TW"]),
    place("Hsinchu", "TW", "Asia/Taipei", C::Chinese, &["zh-TW"]),
    place("Hong Kong", "HK", "Asia/Hong_Kong", C::Chinese, &["zh-HK", "en"]),
    place("Singapore", "SG", "Asia/Singapore", C::Chinese, &["en", "zh", "ms", "ta"]),
    place("Kuala Lumpur", "MY", "Asia/Kuala_Lumpur", C::Chinese, &["ms", "en", "zh"]),
    place("Penang", "MY", "Asia/Kuala_Lumpur", C::Chinese, &["ms", "en", "zh"]),
    place("Bengaluru", "IN", "Asia/Kolkata", C::Indian, &["en", "kn", "hi"]),
    place("Mumbai", "IN", "Asia/Kolkata", C::Indian, &["mr", "hi", "en"]),
    place("Pune", "IN", "Asia/Kolkata", C::Indian, &["mr", "hi", "en"]),
    place("Hyderabad", "IN", "Asia/Kolkata", C::Indian, &["te", "hi", "en"]),
    place("Chennai", "IN", "Asia/Kolkata", C::Indian, &["ta", "en"]),
    place("New Delhi", "IN", "Asia/Kolkata", C::Indian, &["hi", "en"]),
    place("Kolkata", "IN", "Asia/Kolkata", C::Indian, &["bn", "hi", "en"]),
    place("Kochi", "IN", "Asia/Kolkata", C::Indian, &["ml", "en"]),
    place("Ahmedabad", "IN", "Asia/Kolkata", C::Indian, &["gu", "hi", "en"]),
    place("Karachi", "PK", "Asia/Karachi", C::Pakistani, &["ur", "en"]),
    place("Lahore", "PK", "Asia/Karachi", C::Pakistani, &["ur", "pa", "en"]),
    place("Islamabad", "PK", "Asia/Karachi", C::Pakistani, &["ur", "en"]),
    place("Dhaka", "BD", "Asia/Dhaka", C::Bengali, &["bn", "en"]),
    place("Chattogram", "BD", "Asia/Dhaka", C::Bengali, &["bn"]),
    place("Colombo", "LK", "Asia/Colombo", C::Sinhala, &["si", "ta", "en"]),
    place("Jakarta", "ID", "Asia/Jakarta", C::Indonesian, &["id"]),
    place("Bandung", "ID", "Asia/Jakarta", C::Indonesian, &["id", "su"]),
    place("Yogyakarta", "ID", "Asia/Jakarta", C::Indonesian, &["id", "jv"]),
    place("Surabaya", "ID", "Asia/Jakarta", C::Indonesian, &["id", "jv"]),
    place("Ho Chi Minh City", "VN", "Asia/Ho_Chi_Minh", C::Vietnamese, &["vi"]),
    place("Hanoi", "VN", "Asia/Ho_Chi_Minh", C::Vietnamese, &["vi"]),
    place("Da Nang", "VN", "Asia/Ho_Chi_Minh", C::Vietnamese, &["vi"]),
    place("Bangkok", "TH", "Asia/Bangkok", C::Thai, &["th"]),
    place("Chiang Mai", "TH", "Asia/Bangkok", C::Thai, &["th"]),
    place("Manila", "PH", "Asia/Manila", C::Filipino, &["fil", "en"]),
    place("Cebu", "PH", "Asia/Manila", C::Filipino, &["ceb", "fil", "en"]),
    place("Davao", "PH", "Asia/Manila", C::Filipino, &["fil", "en"]),
    // Oceania
    place("Sydney", "AU", "Australia/Sydney", C::English, &["en"]),
    place("Melbourne", "AU", "Australia/Melbourne", C::English, &["en"]),
    place("Brisbane", "AU", "Australia/Brisbane", C::English, &["en"]),
    place("Perth", "AU", "Australia/Perth", C::English, &["en"]),
    place("Adelaide", "AU", "Australia/Adelaide", C::English, &["en"]),
    place("Auckland", "NZ", "Pacific/Auckland", C::English, &["en", "mi"]),
    place("Wellington", "NZ", "Pacific/Auckland", C::English, &["en", "mi"]),
    place("Christchurch", "NZ", "Pacific/Auckland", C::English, &["en", "mi"]),
];

/// Pairs a Latin-script name with itself: for cultures whose display form is already Latin.
macro_rules! latin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, $name)),*]
    };
}

type Names = &'static [(&'static str, &'static str)];

static ENGLISH_GIVEN: Names = latin![
    "Oliver",
    "Charlotte",
    "James",
    "Amelia",
    "Harry",
    "Sophie",
    "Thomas",
    "Chloe",
    "Liam",
    "Grace",
    "Callum",
    "Isla",
    "Declan",
    "Niamh",
    "Rhys",
    "Fiona",
    "Ethan",
    "Hannah",
];
static ENGLISH_FAMILY: Names = latin![
    "Smith",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Thompson",
    "Walker",
    "Robinson",
    "Murphy",
    "O'Brien",
    "Campbell",
    "MacDonald",
    "Hughes",
    "Clarke",
    "Kelly",
    "Davies",
    "Fletcher",
    "Nguyen",
    "Singh",
    "Patel",
];

static AMERICAN_GIVEN: Names = latin![
    "Emily", "Jamal", "Madison", "Carlos", "Ashley", "Tyler", "Aaliyah", "Brandon", "Jessica",
    "Kevin", "María", "Jordan", "Destiny", "Ryan", "Mei", "Andre", "Rachel", "Marcus", "Megan",
    "Derek",
];
static AMERICAN_FAMILY: Names = latin![
    "Johnson",
    "Garcia",
    "Williams",
    "Nguyen",
    "Rodriguez",
    "Smith",
    "Patel",
    "Brown",
    "Kim",
    "Jackson",
    "Martinez",
    "Davis",
    "Chen",
    "Washington",
    "Miller",
    "Hernandez",
    "Thompson",
    "Robinson",
    "Goldberg",
    "O'Neill",
];

static GERMAN_GIVEN: Names = latin![
    "Lukas",
    "Anna",
    "Jonas",
    "Lena",
    "Maximilian",
    "Sophie",
    "Felix",
    "Laura",
    "Tobias",
    "Katharina",
    "Jan",
    "Hannah",
    "Florian",
    "Julia",
    "Sebastian",
    "Jörg",
    "Lea",
    "Björn",
];
static GERMAN_FAMILY: Names = latin![
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Zimmermann",
    "Krüger",
    "Weiß",
    "Hübner",
];

static FRENCH_GIVEN: Names = latin![
    "Camille",
    "Lucas",
    "Léa",
    "Hugo",
    "Chloé",
    "Théo",
    "Manon",
    "Julien",
    "Élodie",
    "Mathieu",
    "Inès",
    "Nicolas",
    "Amélie",
    "Antoine",
    "Émilie",
    "Sébastien",
    "Zoé",
    "François",
];
static FRENCH_FAMILY: Names = latin![
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Gauthier",
    "Tremblay", "Gagnon", "Côté", "Benoît",
];

static SPANISH_GIVEN: Names = latin![
    "Lucía",
    "Alejandro",
    "María",
    "Javier",
    "Sofía",
    "Diego",
    "Valentina",
    "Mateo",
    "Camila",
    "Andrés",
    "Isabel",
    "Santiago",
    "Carmen",
    "Joaquín",
    "Ximena",
    "Nicolás",
    "Daniela",
    "Sebastián",
    "Paula",
    "Tomás",
];
static SPANISH_FAMILY: Names = latin![
    "García",
    "Rodríguez",
    "Martínez",
    "López",
    "González",
    "Hernández",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Flores",
    "Rivera",
    "Gómez",
    "Díaz",
    "Morales",
    "Vargas",
    "Castillo",
    "Jiménez",
    "Muñoz",
    "Rojas",
    "Herrera",
    "Quispe",
    "Ortega",
    "Peña",
];

static PORTUGUESE_GIVEN: Names = latin![
    "João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Juliana", "Rafael",
    "Fernanda", "Thiago", "Larissa", "Gonçalo", "Inês", "Matheus", "Letícia", "Caio", "Luísa",
];
static PORTUGUESE_FAMILY: Names = latin![
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Rodrigues",
    "Ferreira",
    "Alves",
    "Pereira",
    "Lima",
    "Gomes",
    "Costa",
    "Ribeiro",
    "Martins",
    "Carvalho",
    "Almeida",
    "Araújo",
    "Barbosa",
    "Conceição",
    "Magalhães",
    "Gonçalves",
];

static ITALIAN_GIVEN: Names = latin![
    "Giulia",
    "Marco",
    "Francesca",
    "Alessandro",
    "Chiara",
    "Luca",
    "Sara",
    "Matteo",
    "Elena",
    "Andrea",
    "Federica",
    "Lorenzo",
    "Martina",
    "Davide",
    "Niccolò",
    "Beatrice",
];
static ITALIAN_FAMILY: Names = latin![
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
    "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Fontana", "Caruso", "Mancini", "Lombardi",
    "Moretti", "Parisi",
];

static DUTCH_GIVEN: Names = latin![
    "Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Jeroen", "Eva", "Pieter", "Anouk",
    "Ruben", "Marieke", "Joost", "Fleur", "Wouter", "Lieke", "Sem", "Noor",
];
static DUTCH_FAMILY: Names = latin![
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssens",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peeters",
    "Maes",
    "Verhoeven",
];

static NORDIC_GIVEN: Names = latin![
    "Erik", "Ingrid", "Lars", "Astrid", "Mikael", "Freja", "Anders", "Liv", "Johan", "Sanna",
    "Mikko", "Aino", "Henrik", "Maja", "Elias", "Sigrid", "Søren", "Åsa",
];
static NORDIC_FAMILY: Names = latin![
    "Johansson",
    "Andersson",
    "Nilsson",
    "Lindqvist",
    "Hansen",
    "Nielsen",
    "Jensen",
    "Johansen",
    "Haugen",
    "Berg",
    "Lund",
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Sjöberg",
    "Dahl",
    "Østergaard",
];

// Polish family names ending in -ski/-cki change with gender, so only invariant ones are used.
static POLISH_GIVEN: Names = latin![
    "Katarzyna",
    "Piotr",
    "Agnieszka",
    "Tomasz",
    "Małgorzata",
    "Paweł",
    "Magdalena",
    "Michał",
    "Joanna",
    "Krzysztof",
    "Aleksandra",
    "Łukasz",
    "Zofia",
    "Jakub",
    "Marta",
    "Bartosz",
];
static POLISH_FAMILY: Names = latin![
    "Nowak",
    "Wójcik",
    "Kowalczyk",
    "Woźniak",
    "Mazur",
    "Krawczyk",
    "Kaczmarek",
    "Zając",
    "Król",
    "Wieczorek",
    "Wróbel",
    "Pawlak",
    "Michalak",
    "Sikora",
    "Szewczyk",
    "Walczak",
];

// Czech feminine given names end in -a or -e, masculine ones never do: `family_name_for`
// relies on that.
static CZECH_GIVEN: Names = latin![
    "Jan",
    "Tereza",
    "Petr",
    "Lucie",
    "Tomáš",
    "Kateřina",
    "Martin",
    "Eliška",
    "Jakub",
    "Veronika",
    "Ondřej",
    "Barbora",
    "Lukáš",
    "Adéla",
    "Filip",
    "Markéta",
    "Vojtěch",
    "Klára",
];
static CZECH_FAMILY: Names = latin![
    "Novák",
    "Svoboda",
    "Novotný",
    "Dvořák",
    "Černý",
    "Procházka",
    "Kučera",
    "Veselý",
    "Horák",
    "Němec",
    "Marek",
    "Pokorný",
    "Pospíšil",
    "Hájek",
    "Král",
    "Jelínek",
    "Krejčí",
];
/// Feminine forms of [`CZECH_FAMILY`], index for index.
static CZECH_FAMILY_FEMININE: Names = latin![
    "Nováková",
    "Svobodová",
    "Novotná",
    "Dvořáková",
    "Černá",
    "Procházková",
    "Kučerová",
    "Veselá",
    "Horáková",
    "Němcová",
    "Marková",
    "Pokorná",
    "Pospíšilová",
    "Hájková",
    "Králová",
    "Jelínková",
    "Krejčí",
];

// Ukrainian and Russian family names below do not change with gender (-enko, -uk, -ykh ...).
static UKRAINIAN_GIVEN: Names = &[
    ("Олександр", "Oleksandr"),
    ("Олена", "Olena"),
    ("Андрій", "Andrii"),
    ("Оксана", "Oksana"),
    ("Дмитро", "Dmytro"),
    ("Ірина", "Iryna"),
    ("Тарас", "Taras"),
    ("Юлія", "Yuliia"),
    ("Богдан", "Bohdan"),
    ("Наталія", "Nataliia"),
    ("Максим", "Maksym"),
    ("Софія", "Sofiia"),
    ("Віктор", "Viktor"),
    ("Анастасія", "Anastasiia"),
];
static UKRAINIAN_FAMILY: Names = &[
    ("Шевченко", "Shevchenko"),
    ("Бондаренко", "Bondarenko"),
    ("Коваленко", "Kovalenko"),
    ("Ткаченко", "Tkachenko"),
    ("Кравченко", "Kravchenko"),
    ("Олійник", "Oliinyk"),
    ("Мельник", "Melnyk"),
    ("Поліщук", "Polishchuk"),
    ("Бойко", "Boiko"),
    ("Ковальчук", "Kovalchuk"),
    ("Савчук", "Savchuk"),
    ("Марченко", "Marchenko"),
    ("Руденко", "Rudenko"),
    ("Гончар", "Honchar"),
];

static RUSSIAN_GIVEN: Names = &[
    ("Алексей", "Aleksei"),
    ("Анна", "Anna"),
    ("Дмитрий", "Dmitry"),
    ("Екатерина", "Ekaterina"),
    ("Иван", "Ivan"),
    ("Мария", "Maria"),
    ("Сергей", "Sergei"),
    ("Ольга", "Olga"),
    ("Михаил", "Mikhail"),
    ("Наталья", "Natalya"),
    ("Андрей", "Andrei"),
    ("Татьяна", "Tatiana"),
    ("Никита", "Nikita"),
    ("Ксения", "Ksenia"),
];
static RUSSIAN_FAMILY: Names = &[
    ("Черных", "Chernykh"),
    ("Белых", "Belykh"),
    ("Седых", "Sedykh"),
    ("Долгих", "Dolgikh"),
    ("Мельник", "Melnik"),
    ("Кравец", "Kravets"),
    ("Бабич", "Babich"),
    ("Ковальчук", "Kovalchuk"),
    ("Лысенко", "Lysenko"),
    ("Кузьменко", "Kuzmenko"),
    ("Радкевич", "Radkevich"),
    ("Цой", "Tsoi"),
    ("Ким", "Kim"),
    ("Пак", "Pak"),
];

static TURKISH_GIVEN: Names = latin![
    "Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Can", "Deniz", "Murat", "Ebru",
    "Onur", "Merve", "Kerem", "Gizem", "Barış",
];
static TURKISH_FAMILY: Names = latin![
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Yıldırım",
    "Öztürk",
    "Aydın",
    "Özdemir",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Koç",
];

static ARABIC_GIVEN: Names = &[
    ("فاطمة", "Fatima"),
    ("أحمد", "Ahmed"),
    ("ليلى", "Layla"),
    ("عمر", "Omar"),
    ("نور", "Nour"),
    ("يوسف", "Youssef"),
    ("مريم", "Mariam"),
    ("خالد", "Khaled"),
    ("سارة", "Sara"),
    ("كريم", "Karim"),
    ("هدى", "Huda"),
    ("طارق", "Tarek"),
    ("رانيا", "Rania"),
    ("سلمى", "Salma"),
    ("محمد", "Mohamed"),
    ("ياسمين", "Yasmine"),
];
static ARABIC_FAMILY: Names = &[
    ("حداد", "Haddad"),
    ("منصور", "Mansour"),
    ("خليل", "Khalil"),
    ("ناصر", "Nasser"),
    ("السيد", "El-Sayed"),
    ("حسن", "Hassan"),
    ("صالح", "Saleh"),
    ("عبد الله", "Abdullah"),
    ("العمراني", "El Amrani"),
    ("بناني", "Bennani"),
    ("الفارسي", "Al-Farsi"),
    ("عثمان", "Othman"),
    ("الشامي", "Al-Shami"),
    ("الزهراني", "Al-Zahrani"),
    ("المنصوري", "Al Mansoori"),
    ("بن علي", "Ben Ali"),
];

static HEBREW_GIVEN: Names = &[
    ("נועה", "Noa"),
    ("יונתן", "Yonatan"),
    ("תמר", "Tamar"),
    ("איתי", "Itai"),
    ("מאיה", "Maya"),
    ("עומר", "Omer"),
    ("שירה", "Shira"),
    ("דניאל", "Daniel"),
    ("יעל", "Yael"),
    ("אורי", "Uri"),
    ("מיכל", "Michal"),
    ("אלון", "Alon"),
    ("רוני", "Roni"),
    ("אביגיל", "Avigail"),
];
static HEBREW_FAMILY: Names = &[
    ("כהן", "Cohen"),
    ("לוי", "Levi"),
    ("מזרחי", "Mizrahi"),
    ("פרץ", "Peretz"),
    ("ביטון", "Biton"),
    ("דהן", "Dahan"),
    ("אברהם", "Avraham"),
    ("פרידמן", "Friedman"),
    ("שפירא", "Shapira"),
    ("אזולאי", "Azoulay"),
    ("גולן", "Golan"),
    ("בן דוד", "Ben David"),
    ("כץ", "Katz"),
    ("רוזן", "Rosen"),
];

static JAPANESE_GIVEN: Names = &[
    ("翔太", "Shota"),
    ("陽菜", "Hina"),
    ("大輝", "Daiki"),
    ("美咲", "Misaki"),
    ("健太", "Kenta"),
    ("さくら", "Sakura"),
    ("拓海", "Takumi"),
    ("結衣", "Yui"),
    ("直樹", "Naoki"),
    ("彩", "Aya"),
    ("亮", "Ryo"),
    ("真由美", "Mayumi"),
    ("悠斗", "Yuto"),
    ("恵", "Megumi"),
    ("太郎", "Taro"),
    ("裕子", "Yuko"),
];
static JAPANESE_FAMILY: Names = &[
    ("佐藤", "Sato"),
    ("鈴木", "Suzuki"),
    ("高橋", "Takahashi"),
    ("田中", "Tanaka"),
    ("伊藤", "Ito"),
    ("渡辺", "Watanabe"),
    ("山本", "Yamamoto"),
    ("中村", "Nakamura"),
    ("小林", "Kobayashi"),
    ("加藤", "Kato"),
    ("吉田", "Yoshida"),
    ("山田", "Yamada"),
    ("松本", "Matsumoto"),
    ("井上", "Inoue"),
    ("木村", "Kimura"),
];

static CHINESE_GIVEN: Names = &[
    ("伟", "Wei"),
    ("芳", "Fang"),
    ("静", "Jing"),
    ("磊", "Lei"),
    ("晓明", "Xiaoming"),
    ("丽娜", "Lina"),
    ("浩然", "Haoran"),
    ("欣怡", "Xinyi"),
    ("子轩", "Zixuan"),
    ("雨桐", "Yutong"),
    ("俊杰", "Junjie"),
    ("佳怡", "Jiayi"),
    ("志强", "Zhiqiang"),
    ("梦瑶", "Mengyao"),
    ("嘉欣", "Jiaxin"),
    ("建华", "Jianhua"),
];
static CHINESE_FAMILY: Names = &[
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("林", "Lin"),
    ("郭", "Guo"),
    ("何", "He"),
    ("高", "Gao"),
];

static KOREAN_GIVEN: Names = &[
    ("민준", "Min-jun"),
    ("서연", "Seo-yeon"),
    ("지훈", "Ji-hoon"),
    ("수빈", "Su-bin"),
    ("현우", "Hyun-woo"),
    ("지은", "Ji-eun"),
    ("도윤", "Do-yun"),
    ("하은", "Ha-eun"),
    ("성민", "Sung-min"),
    ("유진", "Yu-jin"),
    ("재현", "Jae-hyun"),
    ("민지", "Min-ji"),
    ("준호", "Jun-ho"),
    ("예린", "Ye-rin"),
];
static KOREAN_FAMILY: Names = &[
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("장", "Jang"),
    ("임", "Lim"),
    ("한", "Han"),
    ("오", "Oh"),
    ("서", "Seo"),
    ("신", "Shin"),
];

static INDIAN_GIVEN: Names = &[
    ("आरव", "Aarav"),
    ("प्रिया", "Priya"),
    ("रोहन", "Rohan"),
    ("अनन्या", "Ananya"),
    ("विक्रम", "Vikram"),
    ("दीपिका", "Deepika"),
    ("अर्जुन", "Arjun"),
    ("स्नेहा", "Sneha"),
    ("राहुल", "Rahul"),
    ("कविता", "Kavita"),
    ("सिद्धार्थ", "Siddharth"),
    ("मीरा", "Meera"),
    ("आदित्य", "Aditya"),
    ("पूजा", "Pooja"),
    ("करण", "Karan"),
    ("लक्ष्मी", "Lakshmi"),
];
static INDIAN_FAMILY: Names = &[
    ("शर्मा", "Sharma"),
    ("पटेल", "Patel"),
    ("अय्यर", "Iyer"),
    ("रेड्डी", "Reddy"),
    ("नायर", "Nair"),
    ("गुप्ता", "Gupta"),
    ("कुमार", "Kumar"),
    ("मेहता", "Mehta"),
    ("देशपांडे", "Deshpande"),
    ("मुखर्जी", "Mukherjee"),
    ("राव", "Rao"),
    ("सिंह", "Singh"),
    ("कृष्णन", "Krishnan"),
    ("जोशी", "Joshi"),
    ("बनर्जी", "Banerjee"),
    ("पिल्लई", "Pillai"),
];

static PAKISTANI_GIVEN: Names = latin![
    "Ayesha", "Ali", "Fatima", "Hamza", "Zainab", "Usman", "Sana", "Bilal", "Hira", "Faisal",
    "Mahnoor", "Imran", "Amna", "Saad",
];
static PAKISTANI_FAMILY: Names = latin![
    "Khan", "Qureshi", "Malik", "Siddiqui", "Chaudhry", "Butt", "Sheikh", "Raza", "Hussain",
    "Abbasi", "Mirza", "Shah", "Baig", "Iqbal",
];

static BENGALI_GIVEN: Names = latin![
    "Tahmina", "Rafiq", "Nusrat", "Arif", "Farhana", "Tanvir", "Sabrina", "Mahmud", "Rumana",
    "Shakib", "Anika", "Fahim", "Sadia", "Imtiaz",
];
static BENGALI_FAMILY: Names = latin![
    "Rahman",
    "Hossain",
    "Islam",
    "Ahmed",
    "Chowdhury",
    "Uddin",
    "Haque",
    "Sarkar",
    "Alam",
    "Karim",
    "Talukder",
    "Bhuiyan",
    "Majumder",
    "Siddique",
];

static SINHALA_GIVEN: Names = latin![
    "Nimali", "Kasun", "Dilini", "Chamara", "Sanduni", "Tharindu", "Hiruni", "Ruwan", "Nadeesha",
    "Lahiru", "Sachini", "Dinesh", "Isuru", "Thilini",
];
static SINHALA_FAMILY: Names = latin![
    "Perera",
    "Fernando",
    "de Silva",
    "Jayasuriya",
    "Wickramasinghe",
    "Bandara",
    "Gunawardena",
    "Dissanayake",
    "Herath",
    "Ranasinghe",
    "Weerasinghe",
    "Karunaratne",
    "Samarasinghe",
    "Mendis",
];

// Vietnamese given names include the middle name, which is how people are addressed.
static VIETNAMESE_GIVEN: Names = latin![
    "Minh Anh",
    "Thu Trang",
    "Quốc Huy",
    "Thanh Hương",
    "Đức Minh",
    "Ngọc Linh",
    "Tuấn Anh",
    "Phương Thảo",
    "Hoàng Nam",
    "Mai Anh",
    "Quang Khải",
    "Bảo Ngọc",
    "Văn Dũng",
    "Thùy Dung",
];
static VIETNAMESE_FAMILY: Names = latin![
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];

static INDONESIAN_GIVEN: Names = latin![
    "Putri", "Budi", "Dewi", "Agus", "Sari", "Rizky", "Ayu", "Andi", "Intan", "Fajar", "Rina",
    "Dimas", "Wulan", "Yoga",
];
static INDONESIAN_FAMILY: Names = latin![
    "Santoso",
    "Wijaya",
    "Hidayat",
    "Nugroho",
    "Kusuma",
    "Setiawan",
    "Halim",
    "Siregar",
    "Simanjuntak",
    "Wibowo",
    "Purnomo",
    "Lubis",
    "Harahap",
    "Gunawan",
    "Susanto",
];

static FILIPINO_GIVEN: Names = latin![
    "Maria", "Juan", "Angelica", "José", "Kristine", "Mark", "Patricia", "Paolo", "Joy", "Carlo",
    "Bea", "Miguel", "Andrea", "Rafael", "Camille", "Joshua",
];
static FILIPINO_FAMILY: Names = latin![
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Ocampo",
    "Mendoza",
    "Dela Cruz",
    "Villanueva",
    "Aquino",
    "Ramos",
    "Gonzales",
    "Tan",
    "Lim",
    "Manalo",
    "Pascual",
    "Navarro",
];

static THAI_GIVEN: Names = &[
    ("สมชาย", "Somchai"),
    ("นภา", "Napa"),
    ("ธนากร", "Thanakorn"),
    ("ปิยะนุช", "Piyanuch"),
    ("กิตติ", "Kitti"),
    ("สุภาพร", "Supaporn"),
    ("อนันต์", "Anan"),
    ("วรรณา", "Wanna"),
    ("ณัฐพล", "Nattapon"),
    ("พิมพ์ชนก", "Pimchanok"),
    ("ชัยวัฒน์", "Chaiwat"),
    ("กมลชนก", "Kamonchanok"),
    ("ศุภชัย", "Supachai"),
    ("อรอุมา", "Onuma"),
];
static THAI_FAMILY: Names = &[
    ("ศรีสุข", "Srisuk"),
    ("วงศ์สวัสดิ์", "Wongsawat"),
    ("แสงทอง", "Saengthong"),
    ("บุญมา", "Boonma"),
    ("จันทร์เพ็ญ", "Chanpen"),
    ("สุขสวัสดิ์", "Suksawat"),
    ("ทองดี", "Thongdee"),
    ("พงษ์พันธ์", "Pongpan"),
    ("รัตนกุล", "Rattanakul"),
    ("ศรีวงศ์", "Sriwong"),
    ("เจริญผล", "Charoenphon"),
    ("กิตติวงศ์", "Kittiwong"),
    ("ชัยประเสริฐ", "Chaiprasert"),
    ("อินทร์แก้ว", "Inkaew"),
];

static AFRICAN_GIVEN: Names = latin![
    "Chinedu",
    "Ngozi",
    "Tunde",
    "Funmilayo",
    "Emeka",
    "Adaeze",
    "Kwame",
    "Ama",
    "Oluwaseun",
    "Yewande",
    "Kofi",
    "Abena",
    "Ifeoma",
    "Segun",
    "Chiamaka",
    "Kojo",
];
static AFRICAN_FAMILY: Names = latin![
    "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Adebayo", "Eze", "Nwosu",
    "Owusu", "Bello", "Ogunleye", "Danjuma", "Appiah", "Osei", "Afolabi",
];

static EAST_AFRICAN_GIVEN: Names = latin![
    "Wanjiru", "Brian", "Achieng", "Baraka", "Faith", "Kevin", "Amani", "Mercy", "Zawadi",
    "Collins", "Neema", "Emmanuel", "Aline", "Dennis", "Grace", "Eric",
];
static EAST_AFRICAN_FAMILY: Names = latin![
    "Otieno",
    "Kamau",
    "Mwangi",
    "Njoroge",
    "Odhiambo",
    "Mutua",
    "Ochieng",
    "Kiprop",
    "Mugisha",
    "Habimana",
    "Niyonzima",
    "Okello",
    "Ssempala",
    "Mollel",
    "Massawe",
    "Uwase",
];

static SOUTH_AFRICAN_GIVEN: Names = latin![
    "Thabo", "Naledi", "Sipho", "Lerato", "Zanele", "Bongani", "Nomvula", "Tshepo", "Palesa",
    "Mandla", "Ayanda", "Kagiso", "Lindiwe", "Themba", "Pieter", "Anneke",
];
static SOUTH_AFRICAN_FAMILY: Names = latin![
    "Nkosi",
    "Dlamini",
    "Mokoena",
    "Khumalo",
    "Ndlovu",
    "Mthembu",
    "Molefe",
    "Mahlangu",
    "Sithole",
    "Radebe",
    "Maseko",
    "Ngcobo",
    "Shabalala",
    "van der Merwe",
    "Botha",
    "Naidoo",
];

// Genitive Greek family names (-ou) are the same for men and women.
static GREEK_GIVEN: Names = &[
    ("Γιώργος", "Giorgos"),
    ("Μαρία", "Maria"),
    ("Δημήτρης", "Dimitris"),
    ("Ελένη", "Eleni"),
    ("Νίκος", "Nikos"),
    ("Κατερίνα", "Katerina"),
    ("Κώστας", "Kostas"),
    ("Σοφία", "Sofia"),
    ("Γιάννης", "Giannis"),
    ("Άννα", "Anna"),
    ("Παναγιώτης", "Panagiotis"),
    ("Δέσποινα", "Despoina"),
    ("Αλέξανδρος", "Alexandros"),
    ("Χριστίνα", "Christina"),
    ("Στέλιος", "Stelios"),
    ("Ιωάννα", "Ioanna"),
];
static GREEK_FAMILY: Names = &[
    ("Γεωργίου", "Georgiou"),
    ("Ιωάννου", "Ioannou"),
    ("Νικολάου", "Nikolaou"),
    ("Κωνσταντίνου", "Konstantinou"),
    ("Δημητρίου", "Dimitriou"),
    ("Αντωνίου", "Antoniou"),
    ("Χριστοδούλου", "Christodoulou"),
    ("Παναγιώτου", "Panagiotou"),
    ("Αθανασίου", "Athanasiou"),
    ("Βασιλείου", "Vasileiou"),
    ("Παύλου", "Pavlou"),
    ("Πέτρου", "Petrou"),
    ("Ανδρέου", "Andreou"),
    ("Θεοδώρου", "Theodorou"),
    ("Οικονόμου", "Oikonomou"),
];

static HUNGARIAN_GIVEN: Names = latin![
    "Bence", "Eszter", "Gábor", "Zsófia", "László", "Katalin", "Dániel", "Réka", "Péter", "Anna",
    "Balázs", "Nóra", "Ádám", "Judit", "Máté", "Dóra",
];
static HUNGARIAN_FAMILY: Names = latin![
    "Nagy",
    "Kovács",
    "Tóth",
    "Szabó",
    "Horváth",
    "Varga",
    "Kiss",
    "Molnár",
    "Németh",
    "Farkas",
    "Balogh",
    "Papp",
    "Takács",
    "Juhász",
    "Lakatos",
    "Mészáros",
];

static ROMANIAN_GIVEN: Names = latin![
    "Andrei",
    "Ioana",
    "Mihai",
    "Elena",
    "Alexandru",
    "Maria",
    "Ștefan",
    "Ana",
    "Radu",
    "Cristina",
    "Bogdan",
    "Irina",
    "Vlad",
    "Andreea",
    "Sorin",
    "Oana",
];
static ROMANIAN_FAMILY: Names = latin![
    "Popescu",
    "Ionescu",
    "Popa",
    "Dumitru",
    "Stan",
    "Stoica",
    "Gheorghe",
    "Rusu",
    "Munteanu",
    "Matei",
    "Constantin",
    "Moldovan",
    "Marin",
    "Tudor",
    "Dinu",
    "Lungu",
];

/// Given names for a culture as `(display, latin)`. `display` is the native spelling (which may
/// be a non-Latin script); `latin` is a Latin-script form, possibly accented, suitable for slugs.
/// Latin-script cultures have `display == latin`. Genders are mixed.
pub fn given_names(c: Culture) -> &'static [(&'static str, &'static str)] {
    match c {
        Culture::English => ENGLISH_GIVEN,
        Culture::American => AMERICAN_GIVEN,
        Culture::German => GERMAN_GIVEN,
        Culture::French => FRENCH_GIVEN,
        Culture::Spanish => SPANISH_GIVEN,
        Culture::Portuguese => PORTUGUESE_GIVEN,
        Culture::Italian => ITALIAN_GIVEN,
        Culture::Dutch => DUTCH_GIVEN,
        Culture::Nordic => NORDIC_GIVEN,
        Culture::Polish => POLISH_GIVEN,
        Culture::Czech => CZECH_GIVEN,
        Culture::Ukrainian => UKRAINIAN_GIVEN,
        Culture::Russian => RUSSIAN_GIVEN,
        Culture::Turkish => TURKISH_GIVEN,
        Culture::Arabic => ARABIC_GIVEN,
        Culture::Hebrew => HEBREW_GIVEN,
        Culture::Japanese => JAPANESE_GIVEN,
        Culture::Chinese => CHINESE_GIVEN,
        Culture::Korean => KOREAN_GIVEN,
        Culture::Indian => INDIAN_GIVEN,
        Culture::Pakistani => PAKISTANI_GIVEN,
        Culture::Bengali => BENGALI_GIVEN,
        Culture::Sinhala => SINHALA_GIVEN,
        Culture::Vietnamese => VIETNAMESE_GIVEN,
        Culture::Indonesian => INDONESIAN_GIVEN,
        Culture::Filipino => FILIPINO_GIVEN,
        Culture::Thai => THAI_GIVEN,
        Culture::African => AFRICAN_GIVEN,
        Culture::EastAfrican => EAST_AFRICAN_GIVEN,
        Culture::SouthAfrican => SOUTH_AFRICAN_GIVEN,
        Culture::Greek => GREEK_GIVEN,
        Culture::Hungarian => HUNGARIAN_GIVEN,
        Culture::Romanian => ROMANIAN_GIVEN,
    }
}

/// Family names for a culture as `(display, latin)`, like [`given_names`]. For cultures whose
/// family names inflect by gender only invariant names are listed, except Czech, which has
/// masculine forms here; [`family_name_for`] gives the right form for a given name.
pub fn family_names(c: Culture) -> &'static [(&'static str, &'static str)] {
    match c {
        Culture::English => ENGLISH_FAMILY,
        Culture::American => AMERICAN_FAMILY,
        Culture::German => GERMAN_FAMILY,
        Culture::French => FRENCH_FAMILY,
        Culture::Spanish => SPANISH_FAMILY,
        Culture::Portuguese => PORTUGUESE_FAMILY,
        Culture::Italian => ITALIAN_FAMILY,
        Culture::Dutch => DUTCH_FAMILY,
        Culture::Nordic => NORDIC_FAMILY,
        Culture::Polish => POLISH_FAMILY,
        Culture::Czech => CZECH_FAMILY,
        Culture::Ukrainian => UKRAINIAN_FAMILY,
        Culture::Russian => RUSSIAN_FAMILY,
        Culture::Turkish => TURKISH_FAMILY,
        Culture::Arabic => ARABIC_FAMILY,
        Culture::Hebrew => HEBREW_FAMILY,
        Culture::Japanese => JAPANESE_FAMILY,
        Culture::Chinese => CHINESE_FAMILY,
        Culture::Korean => KOREAN_FAMILY,
        Culture::Indian => INDIAN_FAMILY,
        Culture::Pakistani => PAKISTANI_FAMILY,
        Culture::Bengali => BENGALI_FAMILY,
        Culture::Sinhala => SINHALA_FAMILY,
        Culture::Vietnamese => VIETNAMESE_FAMILY,
        Culture::Indonesian => INDONESIAN_FAMILY,
        Culture::Filipino => FILIPINO_FAMILY,
        Culture::Thai => THAI_FAMILY,
        Culture::African => AFRICAN_FAMILY,
        Culture::EastAfrican => EAST_AFRICAN_FAMILY,
        Culture::SouthAfrican => SOUTH_AFRICAN_FAMILY,
        Culture::Greek => GREEK_FAMILY,
        Culture::Hungarian => HUNGARIAN_FAMILY,
        Culture::Romanian => ROMANIAN_FAMILY,
    }
}

/// The form of `family` (an entry of [`family_names`]`(c)`) that a person called `given_latin`
/// carries. Only Czech inflects here (Tereza Nováková, Jan Novák); everything else is returned
/// unchanged.
pub fn family_name_for(
    c: Culture,
    given_latin: &str,
    family: (&'static str, &'static str),
) -> (&'static str, &'static str) {
    if c != Culture::Czech || !(given_latin.ends_with('a') || given_latin.ends_with('e')) {
        return family;
    }
    CZECH_FAMILY
        .iter()
        .position(|&f| f == family)
        .map_or(family, |i| CZECH_FAMILY_FEMININE[i])
}

/// Whether the culture writes the family name first (Japanese, Chinese, Korean, Hungarian,
/// Vietnamese): the generator then writes "family given" in display.
pub fn family_first(c: Culture) -> bool {
    matches!(
        c,
        Culture::Japanese
            | Culture::Chinese
            | Culture::Korean
            | Culture::Hungarian
            | Culture::Vietnamese
    )
}

/// Invented employers. Generic enough not to collide with real trademarks.
pub static COMPANIES: &[&str] = &[
    "Independent consultant",
    "Freelance",
    "Self-employed trainer",
    "Nordlicht Data GmbH",
    "Kestrel Cloud",
    "Banco Andino",
    "Sakura Systems K.K.",
    "Bluefin Analytics",
    "Harbourline Logistics",
    "Pampa Pagos",
    "Savanna Mobile",
    "Tidewater Insurance",
    "Baobab Fintech",
    "Alpenglow Software AG",
    "Maple Leaf Retail",
    "Copperfield Health",
    "Lumen & Lattice",
    "Ostrava Robotics s.r.o.",
    "Vistula Bank",
    "Dnipro Dev Studio",
    "Bosphorus Telekom",
    "Cedar Grove Media",
    "Oasis Digital FZ-LLC",
    "Nile Payments",
    "Atlas Souk Commerce",
    "Harmattan Energy",
    "Kilimanjaro Health Tech",
    "Umoja Mobile Money",
    "Springbok Assurance",
    "Karoo Data Labs",
    "Hanok Commerce",
    "Jade River Games",
    "Formosa Chipworks",
    "Victoria Harbour Securities",
    "Merlion Freight",
    "Klang Valley Labs",
    "Deccan Software Services",
    "Monsoon Payments",
    "Indus Valley Cloud",
    "Padma Textiles",
    "Ceylon Spice Exchange",
    "Garuda Travel",
    "Mekong Digital",
    "Lotus Logistics",
    "Jeepney Rides",
    "Southern Cross Telecom",
    "Kauri Software",
    "Outback Agritech",
    "Fjordline Shipping",
    "Sisu Games Oy",
    "Tulip Energy B.V.",
    "Flanders Fintech",
    "Rive Gauche Assurances",
    "Cantabria Seguros",
    "Azulejo Tech",
    "Serra Verde Agro",
    "Ipanema Streaming",
    "Austral Orbital",
    "Cordillera Mining Analytics",
    "Café del Valle Exports",
    "Quetzal Payments",
    "Pura Vida Software",
    "Canal Logistics",
    "Río de la Plata Ventures",
    "Lakeshore Public Schools",
    "Evergreen State University",
    "Midwest Grain Cooperative",
    "Granite Peak Outdoor",
    "Brightwater Hospital Group",
    "Redwood Civic Tech",
    "Hudson Ledger",
    "Peachtree Media",
    "Aurora Borealis Research",
    "Danube Digital Kft.",
    "Carpathian Code SRL",
    "Aegean Ferries",
    "Olive Branch Health",
    "Galata Software",
    "Almaty Fintech Hub",
    "Negev Cyber Labs",
    "Levant Learning",
    "Red Sea Logistics",
    "Gulf Mobility",
    "Tanuki Works",
    "Hokkaido Dairy Co-op",
    "Han River Fintech",
    "Pearl Delta Manufacturing",
    "West Lake E-commerce",
    "Open-source maintainer (sponsored)",
    "Public sector digital service",
    "Regional hospital IT department",
    "National weather service",
    "University research lab",
];

static COMMUNITY_HEADLINES: &[&str] = &[
    "Community builder and AWS User Group organizer",
    "Meetup organizer, speaker and mentor",
    "Developer advocate helping newcomers find their way into the cloud",
    "Cloud educator and bootcamp instructor",
    "Community Day organizer and keeper of the coffee budget",
    "Tech writer, podcaster and community connector",
    "Building inclusive cloud communities",
    "Mentor for career switchers entering cloud engineering",
    "Cloud trainer and certification study-group host",
    "Podcast host talking cloud with practitioners",
    "University lecturer and student-club mentor",
    "Open-source maintainer and meetup co-organizer",
    "Making cloud learning accessible in local languages",
    "Conference organizer and speaker coach",
    "Cloud architect who never misses a user group night",
    "Video educator explaining AWS one whiteboard at a time",
];

static SERVERLESS_HEADLINES: &[&str] = &[
    "Serverless architect and Lambda trainer",
    "Event-driven systems engineer",
    "Principal engineer building serverless-first platforms",
    "Step Functions enthusiast and workflow designer",
    "Serverless consultant helping teams ship faster",
    "API designer who thinks in events",
    "Author of a serverless patterns newsletter",
    "Cloud-native developer focused on Lambda and EventBridge",
    "Building pay-per-use products for startups",
    "Serverless observability nerd",
    "Staff engineer for event sourcing and async messaging",
    "Full-stack developer going all-in on managed services",
    "Cost-aware architect for serverless workloads",
    "Serverless educator and workshop author",
    "Infrastructure-as-code practitioner for serverless apps",
];

static DATA_HEADLINES: &[&str] = &[
    "Data engineer building lakehouses on AWS",
    "Database specialist: PostgreSQL, Aurora and DynamoDB",
    "Analytics architect and SQL teacher",
    "Streaming data engineer: Kinesis, Kafka and Flink",
    "Data platform lead at a fintech",
    "DynamoDB single-table design advocate",
    "Open table formats enthusiast (Iceberg, Hudi, Delta)",
    "Principal data architect for retail analytics",
    "Data governance consultant",
    "BI developer turned analytics engineer",
    "Search engineer working with OpenSearch",
    "Database reliability engineer",
    "Cost-conscious data warehousing consultant",
    "Data mesh practitioner and speaker",
    "Graph database explorer",
];

static ML_HEADLINES: &[&str] = &[
    "Machine learning engineer shipping models to production",
    "MLOps practitioner: pipelines, registries and model monitoring",
    "Generative AI builder and prompt-engineering trainer",
    "Applied scientist in computer vision",
    "NLP engineer working on low-resource languages",
    "Data scientist turned ML platform engineer",
    "Building RAG applications with Amazon Bedrock",
    "Kaggle competitor and AI educator",
    "Responsible AI advocate",
    "Recommender systems engineer",
    "Speech and audio ML researcher",
    "Edge ML and IoT inference specialist",
    "Forecasting and time-series modelling consultant",
    "AI agents tinkerer and framework contributor",
    "Healthcare ML engineer",
];

static CONTAINER_HEADLINES: &[&str] = &[
    "Kubernetes platform engineer on Amazon EKS",
    "Container specialist: ECS, Fargate and everything in between",
    "Platform engineering lead building internal developer platforms",
    "Cloud-native trainer and Kubernetes meetup host",
    "Site reliability engineer running containers at scale",
    "Service mesh and networking enthusiast",
    "GitOps practitioner",
    "Autoscaling nerd and Karpenter contributor",
    "DevOps engineer migrating monoliths to containers",
    "Container security and supply-chain engineer",
    "Helm chart maintainer",
    "Observability engineer for Kubernetes workloads",
    "Multi-tenant cluster architect",
    "Cloud-native consultant and author",
    "Container OS tinkerer",
];

static DEVTOOLS_HEADLINES: &[&str] = &[
    "Developer productivity engineer",
    "Infrastructure-as-code author: CDK, CloudFormation and Terraform",
    "CI/CD pipeline architect",
    "AWS CDK construct library maintainer",
    "Open-source CLI tool author",
    "Developer experience lead",
    "SDK contributor and API ergonomics nerd",
    "Testing and quality advocate for cloud applications",
    "IDE plugin developer and automation fan",
    "Platform engineer focused on golden paths",
    "Rust and TypeScript developer building cloud tooling",
    "AI-assisted development early adopter",
    "Release engineering and monorepo tooling specialist",
    "Tech lead who automates everything twice",
    "Full-stack tooling advocate",
];

static SECURITY_HEADLINES: &[&str] = &[
    "Cloud security architect",
    "Security engineer focused on identity and access management",
    "DevSecOps practitioner and threat modeller",
    "Incident responder and forensic investigator",
    "Compliance automation engineer",
    "Penetration tester specializing in cloud environments",
    "CISO at a mid-size fintech",
    "Detection engineer building security data lakes",
    "Zero-trust networking advocate",
    "Security trainer and CTF organizer",
    "Policy-as-code enthusiast",
    "Application security lead",
    "Cryptography and key management specialist",
    "Cloud governance consultant for regulated industries",
    "Bug bounty hunter turned defender",
];

/// Short role lines for a hero's headline, per specialization slug.
pub fn headlines(specialization: &str) -> &'static [&'static str] {
    match specialization {
        "serverless" => SERVERLESS_HEADLINES,
        "data" => DATA_HEADLINES,
        "machine-learning" => ML_HEADLINES,
        "container" => CONTAINER_HEADLINES,
        "devtools" => DEVTOOLS_HEADLINES,
        "security" => SECURITY_HEADLINES,
        _ => COMMUNITY_HEADLINES,
    }
}

static COMMUNITY_BIOS: &[&str] = &[
    "{name} has organized the AWS User Group in {city} for years, growing it from a handful of friends in a café into a community that meets every month.",
    "With {years} years in tech, {name} spends most evenings helping newcomers prepare for their first cloud certification.",
    "{name} believes the best way to learn is to teach. Workshops run by {name} in {city} have introduced hundreds of students to the cloud.",
    "{name} co-founded a **cloud study group** in {city} that has helped more than a hundred people pass their first AWS exam.",
    "After {years} years as a developer, {name} moved into developer relations and now spends most weeks on stage, on a live stream or in a meetup venue.",
    "{name} hosts a podcast on which builders from around the world share what actually happened in production.",
    "{name} is a regular speaker at AWS Community Days and coaches first-time speakers, so that the stage looks more like the audience.",
    "{name} translates learning material into local languages, because nobody should need perfect English to learn the cloud.",
    "Known in {city} for turning every conversation into a meetup idea, {name} has organized more than fifty events.",
    "{name} works with universities around {city} to connect students with engineers who have been building in the cloud for {years} years.",
];

static SERVERLESS_BIOS: &[&str] = &[
    "{name} has been building on **AWS Lambda** since its early days and has {years} years of experience designing event-driven systems.",
    "At work in {city}, {name} leads a team that runs hundreds of functions in production and has strong opinions about idempotency.",
    "{name} writes about serverless patterns, cost optimization and the art of deleting infrastructure you no longer need.",
    "{name} helps companies move from cron jobs and monoliths to **event-driven architectures** built on EventBridge and Step Functions.",
    "With {years} years of software engineering behind them, {name} now focuses on making serverless applications observable and testable.",
    "{name} maintains several open-source serverless utilities and answers more questions about cold starts than anyone would expect.",
    "{name} runs hands-on serverless workshops in {city}, where attendees deploy their first API within an hour.",
    "A former backend Java developer, {name} discovered serverless {years} years ago and never looked back.",
    "{name} speaks regularly at ServerlessDays events about **asynchronous messaging** and workflow orchestration.",
    "{name} believes that the best code is the code you don't have to operate, and builds products in {city} accordingly.",
];

static DATA_BIOS: &[&str] = &[
    "{name} is a data engineer with {years} years of experience building pipelines, warehouses and lakehouses.",
    "In {city}, {name} leads a data platform team that moves terabytes a day through **streaming** and batch pipelines.",
    "{name} has modelled more DynamoDB tables than anyone can count and teaches **single-table design** to teams around the world.",
    "{name} helps organizations adopt open table formats such as Apache Iceberg so their data outlives any one engine.",
    "With {years} years of database work behind them, {name} specializes in PostgreSQL performance and migrations to Aurora.",
    "{name} writes about analytics engineering, data quality and the surprisingly human side of data governance.",
    "{name} organizes a data engineering meetup in {city} where practitioners share war stories over pizza.",
    "{name} started as a BI developer and now designs real-time analytics platforms for retail and logistics.",
    "{name} is known for turning slow, expensive queries into fast, cheap ones, and for writing down how.",
    "{name} teaches SQL to journalists, analysts and anyone in {city} who wants to ask better questions of their data.",
];

static ML_BIOS: &[&str] = &[
    "{name} is a machine learning engineer with {years} years of experience taking models from notebooks to production.",
    "In {city}, {name} builds **generative AI** applications that answer questions over millions of documents.",
    "{name} works on natural language processing for languages that are underrepresented in today's models.",
    "{name} leads an MLOps team that trains, evaluates and deploys dozens of models every week.",
    "With a background in statistics and {years} years in industry, {name} focuses on **responsible AI** and model evaluation.",
    "{name} shares practical ML tutorials online and believes every developer can learn to build with machine learning.",
    "{name} organizes a machine learning meetup in {city} and mentors students entering the field.",
    "{name} applies computer vision to agriculture, helping farmers detect crop disease from smartphone photos.",
    "{name} builds AI agents and writes honestly about where they work, and where they do not yet.",
    "{name} has spent {years} years on recommendation and forecasting systems for e-commerce.",
];

static CONTAINER_BIOS: &[&str] = &[
    "{name} is a platform engineer with {years} years of experience running containers in production.",
    "In {city}, {name} runs the Kubernetes platform that hundreds of developers deploy to every day.",
    "{name} helps teams choose between **Amazon ECS** and **Amazon EKS**, and then helps them succeed with either.",
    "{name} contributes to open-source cloud-native projects and cares deeply about autoscaling and cost efficiency.",
    "With {years} years in operations, {name} has migrated more monoliths to containers than seems reasonable.",
    "{name} writes about GitOps, service meshes and building internal developer platforms that people actually like.",
    "{name} organizes the Kubernetes meetup in {city} and runs hands-on labs for beginners.",
    "{name} specializes in container security, from image scanning to runtime protection.",
    "{name} believes platform teams should build paved roads, not gates, and teaches that at conferences.",
    "{name} has been on call for container platforms for {years} years and turns incidents into talks.",
];

static DEVTOOLS_BIOS: &[&str] = &[
    "{name} is a developer experience engineer with {years} years of experience making builders faster.",
    "{name} maintains popular **AWS CDK** constructs and reviews more pull requests than is healthy.",
    "In {city}, {name} leads a platform team focused on CI/CD, infrastructure as code and developer productivity.",
    "{name} writes open-source command-line tools and believes every repetitive task deserves a script.",
    "With {years} years of software engineering, {name} now focuses on testing strategies for cloud applications.",
    "{name} teaches infrastructure as code to teams moving away from clicking around in the console.",
    "{name} contributes to AWS SDKs and cares about good error messages more than most people.",
    "{name} organizes a developer tooling meetup in {city} where people demo the scripts that save them hours.",
    "{name} explores AI-assisted development and writes candidly about what it changes for teams.",
    "{name} has spent {years} years turning slow builds into fast ones.",
];

static SECURITY_BIOS: &[&str] = &[
    "{name} is a cloud security architect with {years} years of experience protecting workloads in regulated industries.",
    "In {city}, {name} leads a security team that builds guardrails instead of gates.",
    "{name} specializes in **identity and access management** and can explain IAM policy evaluation from memory.",
    "{name} helps organizations prepare for, detect and respond to security incidents in the cloud.",
    "With {years} years in security, {name} has moved from penetration testing to building defenses at scale.",
    "{name} writes about threat modeling, policy as code and making security a shared responsibility.",
    "{name} organizes capture-the-flag events in {city} to help developers think like attackers.",
    "{name} automates compliance evidence collection so auditors and engineers can both go home on time.",
    "{name} speaks at security conferences about detection engineering and security data lakes.",
    "{name} has spent {years} years teaching developers that secure defaults are the best kind of security.",
];

/// Bio paragraphs per specialization slug, with `{name}`, `{city}` and `{years}` placeholders.
pub fn bio_paragraphs(specialization: &str) -> &'static [&'static str] {
    match specialization {
        "serverless" => SERVERLESS_BIOS,
        "data" => DATA_BIOS,
        "machine-learning" => ML_BIOS,
        "container" => CONTAINER_BIOS,
        "devtools" => DEVTOOLS_BIOS,
        "security" => SECURITY_BIOS,
        _ => COMMUNITY_BIOS,
    }
}

/// Closing bio sentences for any specialization, with `{name}` and `{city}` placeholders.
pub static BIO_CLOSERS: &[&str] = &[
    "When not at a keyboard, {name} runs trails around {city}.",
    "Outside work, {name} bakes sourdough and shares the results with the local user group.",
    "{name} is usually found at the climbing gym on weekends.",
    "In their free time, {name} cycles the hills around {city}.",
    "{name} is learning a third language and is happy to practise it at meetups.",
    "Away from the screen, {name} plays in a band that rehearses once a week in {city}.",
    "{name} collects vinyl records and has opinions about coffee.",
    "On weekends, {name} volunteers at a coding club for teenagers in {city}.",
    "{name} enjoys hiking with family and photographing birds.",
    "Ask {name} about board games, but only if you have an hour to spare.",
    "{name} swims in the sea all year round, whatever the weather in {city}.",
    "{name} keeps a garden that is better documented than most codebases.",
    "When travelling, {name} always looks for the local meetup first.",
    "{name} is a keen cook and hosts community dinners in {city}.",
];

static COMMUNITY_TITLES: &[&str] = &[
    "{n} lessons I learned from {topic}",
    "How {topic} changed my career",
    "A beginner's roadmap to {topic}",
    "Why {topic} matters for local tech communities",
    "Getting started with {topic}",
    "{topic}: what nobody tells you",
    "Building an inclusive space around {topic}",
    "Our user group's first year: {n} meetups and counting",
    "From attendee to organizer: my community story",
    "How to give your first talk about {topic}",
    "Running a study group for {topic}",
    "{topic} in my native language",
    "Mentoring newcomers through {topic}",
    "Recap: our community day and {n} talks on {topic}",
    "Finding sponsors for community events",
    "{topic} on a shoestring budget",
    "Live stream: {topic} Q&A",
    "Podcast episode {n}: {topic} with the community",
    "Writing your first blog post about {topic}",
    "How students can get involved in {topic}",
    "Panel: the future of {topic}",
    "Bringing {topic} to smaller cities",
    "What {n} years of {topic} taught me",
    "Career advice for cloud newcomers",
    "Keeping volunteers motivated",
    "Hybrid meetups that don't feel like an afterthought",
    "Making {topic} accessible to everyone",
    "Newsletter issue {n}: {topic} roundup",
    "Women in cloud: a conversation about {topic}",
    "Hands-on workshop: {topic}",
    "Translating {topic} resources for our community",
    "Growing a community from {n} people to a few hundred",
    "Tips for first-time speakers",
    "Organizing a hackathon around {topic}",
    "Certification journey: {n} exams in one year",
    "{topic} for career switchers",
    "Ask the Hero: {topic}",
    "A code of conduct that actually works",
    "Measuring the impact of {topic}",
    "Community burnout and how to prevent it",
    "The first {n} weeks of {topic}: a survival guide",
    "{topic} at the university: a partnership playbook",
    "Fireside chat: {topic} in emerging markets",
];

static SERVERLESS_TITLES: &[&str] = &[
    "Cold starts in {topic}: what I measured",
    "{n} lessons from running {topic} in production",
    "Building an event-driven order pipeline with {topic}",
    "{topic} deep dive: the parts the docs skip",
    "From cron jobs to {topic}: a migration story",
    "Testing {topic} locally without losing your mind",
    "How {topic} cut our monthly bill in half",
    "Observability for {topic}: logs, metrics and traces",
    "Idempotency patterns for {topic}",
    "{topic} vs. containers: an honest comparison",
    "Designing retries and dead-letter queues around {topic}",
    "{n} anti-patterns I keep seeing with {topic}",
    "Live coding: a serverless URL shortener with {topic}",
    "What's new in {topic} this year",
    "Securing {topic} with least-privilege IAM",
    "Writing infrastructure as code for {topic}",
    "Multi-region active-active with {topic}",
    "{topic} for frontend developers",
    "Event sourcing on a budget with {topic}",
    "Why our team stopped fearing {topic}",
    "Serverless workshop: {topic} from zero to deployed",
    "Tuning memory and timeouts for {topic}",
    "Fan-out, fan-in: orchestration patterns with {topic}",
    "Debugging a {n}-hour outage in {topic}",
    "Choreography or orchestration? Lessons from {topic}",
    "Processing {n} million events a day with {topic}",
    "Serverless podcast, episode {n}: {topic}",
    "Serverless patterns, part {n}: {topic}",
    "Backpressure and throttling in {topic}",
    "Building a chat bot with {topic} in an afternoon",
    "{topic} under load: benchmark results",
    "A practical guide to {topic} quotas and limits",
    "Rewriting a monolith endpoint with {topic}",
    "Input validation for {topic}",
    "Zero-downtime deployments with {topic}",
    "How we version events in {topic}",
    "{topic} and the cost of idle: a FinOps view",
    "Ask me anything: {topic}",
    "Serverless at a startup: {n} months with {topic}",
    "Using {topic} to glue SaaS integrations together",
    "Structured logging best practices for {topic}",
    "{topic} latency percentiles, explained",
    "{topic} in {n} minutes",
];

static DATA_TITLES: &[&str] = &[
    "Data modelling in {topic}: a worked example",
    "{n} lessons from running {topic} in production",
    "Building a lakehouse with {topic}",
    "Migrating {n} TB to {topic} without downtime",
    "{topic} performance tuning checklist",
    "Cost optimization for {topic}: where the money goes",
    "Change data capture with {topic}",
    "Query patterns every {topic} user should know",
    "{topic} vs. the alternatives: choosing a data store",
    "Schema evolution in {topic}",
    "Streaming ETL with {topic}",
    "Data quality checks for {topic} pipelines",
    "Partitioning strategies for {topic}",
    "A gentle introduction to {topic}",
    "Real-time dashboards on top of {topic}",
    "Backups, restores and point-in-time recovery with {topic}",
    "How we cut query times by {n}x with {topic}",
    "{topic} for analysts who fear the command line",
    "Governance and access control with {topic}",
    "Time travel queries in {topic}",
    "Benchmarking {topic}: {n} workloads compared",
    "The hidden costs of {topic}",
    "Serverless analytics with {topic}",
    "Building a feature store on {topic}",
    "Designing idempotent pipelines with {topic}",
    "Upgrading {topic}: a runbook",
    "What's new in {topic}",
    "Hands-on lab: {topic} in {n} steps",
    "Data mesh in practice with {topic}",
    "Observability for {topic} pipelines",
    "Small files, big problems: compaction with {topic}",
    "SQL tricks for {topic}",
    "Event-driven data products with {topic}",
    "From spreadsheets to {topic}: a nonprofit's journey",
    "Encryption at rest and in transit with {topic}",
    "Multi-tenant data isolation in {topic}",
    "Capacity planning for {topic}",
    "{n} mistakes I made with {topic}",
    "Orchestrating batch jobs around {topic}",
    "Disaster recovery drills for {topic}",
    "Reading query plans in {topic}",
    "Open formats and {topic}: avoiding lock-in",
];

static ML_TITLES: &[&str] = &[
    "Fine-tuning a small model with {topic}",
    "{n} lessons from putting {topic} into production",
    "Building a RAG chatbot with {topic}",
    "Evaluating LLM answers with {topic}",
    "MLOps pipelines with {topic}",
    "Cost-efficient inference with {topic}",
    "Detecting model drift with {topic}",
    "Machine learning on the edge with {topic}",
    "A hands-on introduction to {topic}",
    "A responsible AI checklist for {topic} projects",
    "Prompt engineering patterns for {topic}",
    "Building an AI agent with {topic}",
    "{topic} for low-resource languages",
    "Benchmarking {n} embedding models with {topic}",
    "From notebook to endpoint with {topic}",
    "Feature engineering tips for {topic}",
    "Guardrails and safety filters with {topic}",
    "Distributed training with {topic}",
    "Speeding up training {n}x with {topic}",
    "What I learned building {n} prototypes with {topic}",
    "Document processing with {topic}",
    "Recommendation systems with {topic}",
    "Explainability for {topic}",
    "{topic} in healthcare: a case study",
    "Hyperparameter tuning with {topic}",
    "Serving models at scale with {topic}",
    "Reducing hallucinations with {topic}",
    "Generative AI workshop: {topic} from scratch",
    "Testing non-deterministic systems built on {topic}",
    "Data labelling strategies for {topic}",
    "Tracking experiments with {topic}",
    "Latency budgets for {topic} applications",
    "Securing {topic} workloads",
    "Multimodal apps with {topic}",
    "Forecasting demand with {topic}",
    "Demystifying {topic} for product managers",
    "Cost guardrails for {topic} experiments",
    "Live demo: {topic} in {n} minutes",
    "Building a voice assistant with {topic}",
    "Agentic workflows with {topic}: what worked and what didn't",
    "Evaluating {topic} in Spanish, Hindi and Swahili",
    "Fairness testing with {topic}",
];

static CONTAINER_TITLES: &[&str] = &[
    "{n} lessons from running {topic} in production",
    "Migrating to {topic}: a field guide",
    "Autoscaling done right with {topic}",
    "Cutting compute costs with {topic} and Spot",
    "Zero-downtime upgrades with {topic}",
    "GitOps workflows with {topic}",
    "Multi-tenant clusters with {topic}",
    "Debugging networking issues in {topic}",
    "Securing workloads on {topic}",
    "Observability for {topic}",
    "A platform team's guide to {topic}",
    "{topic} from scratch: a hands-on workshop",
    "Building golden paths with {topic}",
    "Running stateful workloads with {topic}",
    "{topic} at the edge",
    "Right-sizing containers with {topic}",
    "How we manage {n} clusters with {topic}",
    "Blue/green and canary deployments with {topic}",
    "{topic} for developers who just want to ship",
    "Supply-chain security for {topic}",
    "Upgrading {topic}: our runbook",
    "Service-to-service communication with {topic}",
    "Troubleshooting {topic}: {n} real incidents",
    "What's new in {topic}",
    "Designing resilient workloads with {topic}",
    "Batch and ML jobs with {topic}",
    "Policy enforcement for {topic}",
    "Scaling to zero with {topic}",
    "Disaster recovery for {topic}",
    "Fast local development loops with {topic}",
    "Cost allocation and chargeback for {topic}",
    "Secrets management with {topic}",
    "Benchmarking {topic} on Graviton",
    "Hardening images for {topic}",
    "Tracing requests through {topic}",
    "Building an internal developer platform with {topic}",
    "Moving {n} services to {topic} in one quarter",
    "{topic} anti-patterns and how to avoid them",
    "Capacity planning with {topic}",
    "{topic} explained with building blocks",
    "Operating {topic} with a team of {n}",
    "Day-two operations for {topic}",
];

static DEVTOOLS_TITLES: &[&str] = &[
    "{n} lessons from maintaining {topic} projects",
    "Writing reusable building blocks with {topic}",
    "Testing infrastructure code with {topic}",
    "Speeding up CI by {n}x with {topic}",
    "Migrating our stacks to {topic}",
    "Developer experience wins with {topic}",
    "A tour of {topic} for newcomers",
    "Automating releases with {topic}",
    "Monorepo tooling with {topic}",
    "{topic} tips I wish I knew on day one",
    "Building a CLI on top of {topic}",
    "Drift detection with {topic}",
    "Policy-as-code checks with {topic}",
    "Ephemeral preview environments with {topic}",
    "Pair programming with {topic}",
    "Local-first cloud development with {topic}",
    "Refactoring {n} stacks with {topic}",
    "Code review automation with {topic}",
    "Secrets in CI pipelines: using {topic} safely",
    "Generating SDKs with {topic}",
    "Contributing to {topic}: a first-timer's guide",
    "What's new in {topic}",
    "{topic} patterns for multi-account deployments",
    "Debugging deployments with {topic}",
    "Documentation as code with {topic}",
    "Reproducible dev environments with {topic}",
    "Live coding with {topic}",
    "The {topic} cookbook, part {n}",
    "Type-safe infrastructure with {topic}",
    "Fast feedback loops with {topic}",
    "Measuring developer productivity around {topic}",
    "Building internal tooling with {topic}",
    "{n} plugins that make {topic} better",
    "Dependency updates on autopilot with {topic}",
    "Trunk-based development with {topic}",
    "From ClickOps to {topic}",
    "AI assistants and {topic}: a reality check",
    "Rollbacks and safe deployments with {topic}",
    "Linting and formatting pipelines with {topic}",
    "Bootstrapping a new AWS account with {topic}",
    "Why I switched to {topic}",
    "Teaching {topic} to a team of {n}",
];

static SECURITY_TITLES: &[&str] = &[
    "{n} lessons from a year of {topic}",
    "Least privilege in practice with {topic}",
    "Threat modeling a serverless app with {topic}",
    "Detecting suspicious activity with {topic}",
    "Incident response playbooks for {topic}",
    "Automating compliance evidence with {topic}",
    "Hardening your AWS organization with {topic}",
    "A practical guide to {topic}",
    "Common misconfigurations in {topic}",
    "Securing multi-account environments with {topic}",
    "{topic} for developers, not just security teams",
    "Building a security data lake with {topic}",
    "Centralized logging and alerting with {topic}",
    "Red team notes: abusing weak {topic} setups",
    "Key rotation with {topic}",
    "Preventive vs. detective controls with {topic}",
    "Defending against ransomware with {topic}",
    "Rolling out {topic} across {n} accounts",
    "Security champions and {topic}",
    "Auditing permissions with {topic}",
    "What's new in {topic}",
    "Zero-trust access with {topic}",
    "Software supply-chain security with {topic}",
    "Writing authorization policies with {topic}",
    "Tabletop exercise: {topic} edition",
    "CTF write-up: {topic} challenge {n}",
    "Reducing alert fatigue with {topic}",
    "Shifting left with {topic}",
    "Security reviews at startup speed with {topic}",
    "Securing CI/CD pipelines with {topic}",
    "Protecting APIs with {topic}",
    "Cloud forensics with {topic}",
    "Data protection and privacy with {topic}",
    "Meeting regulatory requirements with {topic}",
    "{n} quick wins with {topic}",
    "The breach we almost had: lessons on {topic}",
    "Secure by default: templates for {topic}",
    "Continuous security testing with {topic}",
    "Identity-first security with {topic}",
    "Explaining {topic} to your CFO",
    "Prioritizing findings with {topic}",
    "Hands-on workshop: {topic} in {n} steps",
];

/// Contribution title templates per specialization slug, with `{topic}` and optional `{n}`.
pub fn title_templates(specialization: &str) -> &'static [&'static str] {
    match specialization {
        "serverless" => SERVERLESS_TITLES,
        "data" => DATA_TITLES,
        "machine-learning" => ML_TITLES,
        "container" => CONTAINER_TITLES,
        "devtools" => DEVTOOLS_TITLES,
        "security" => SECURITY_TITLES,
        _ => COMMUNITY_TITLES,
    }
}

static COMMUNITY_TOPICS: &[&str] = &[
    "AWS User Groups",
    "AWS Community Days",
    "AWS Community Builders",
    "cloud certifications",
    "AWS Certified Cloud Practitioner",
    "AWS Certified Solutions Architect",
    "AWS Skill Builder",
    "AWS Educate",
    "AWS Cloud Clubs",
    "technical writing",
    "public speaking",
    "meetup organizing",
    "mentoring",
    "diversity in tech",
    "career switching",
    "open source",
    "hackathons",
    "study groups",
    "podcasting",
    "live streaming",
    "the AWS Well-Architected Framework",
    "cloud cost optimization",
    "the AWS Free Tier",
    "AWS re:Post",
    "GameDay",
    "student communities",
    "AWS DeepRacer",
    "localization",
    "developer relations",
];

static SERVERLESS_TOPICS: &[&str] = &[
    "AWS Lambda",
    "Step Functions",
    "EventBridge",
    "EventBridge Pipes",
    "EventBridge Scheduler",
    "SnapStart",
    "API Gateway",
    "AppSync",
    "Powertools for AWS Lambda",
    "Lambda function URLs",
    "Lambda layers",
    "Lambda extensions",
    "Amazon SQS",
    "Amazon SNS",
    "DynamoDB Streams",
    "Kinesis Data Streams",
    "AWS SAM",
    "the Serverless Framework",
    "SST",
    "Lambda@Edge",
    "CloudFront Functions",
    "Amazon Cognito",
    "AWS X-Ray",
    "Lambda response streaming",
    "provisioned concurrency",
    "Graviton on Lambda",
    "Rust on Lambda",
    "Python on Lambda",
    "Node.js on Lambda",
    "Java on Lambda",
];

static DATA_TOPICS: &[&str] = &[
    "Amazon Aurora",
    "Aurora Serverless v2",
    "Aurora DSQL",
    "DynamoDB",
    "Amazon Redshift",
    "Apache Iceberg",
    "Apache Hudi",
    "Delta Lake",
    "AWS Glue",
    "Amazon Athena",
    "Amazon EMR",
    "Apache Spark",
    "Apache Flink",
    "Amazon Kinesis",
    "Amazon MSK",
    "Apache Kafka",
    "Lake Formation",
    "Amazon S3 Tables",
    "Amazon OpenSearch Service",
    "Amazon Neptune",
    "Amazon QuickSight",
    "dbt",
    "Apache Airflow",
    "PostgreSQL",
    "Amazon RDS",
    "Amazon ElastiCache",
    "Valkey",
    "DuckDB",
    "Amazon DataZone",
    "AWS DMS",
    "zero-ETL integrations",
    "Amazon DocumentDB",
];

static ML_TOPICS: &[&str] = &[
    "Amazon SageMaker",
    "SageMaker Pipelines",
    "Amazon Bedrock",
    "Bedrock Agents",
    "Bedrock Knowledge Bases",
    "Amazon Q",
    "PyTorch",
    "Hugging Face Transformers",
    "LangChain",
    "LlamaIndex",
    "retrieval-augmented generation",
    "vector search",
    "Amazon Rekognition",
    "Amazon Textract",
    "Amazon Transcribe",
    "Amazon Comprehend",
    "Amazon Personalize",
    "AWS Trainium",
    "AWS Inferentia",
    "MLflow",
    "Ray",
    "XGBoost",
    "scikit-learn",
    "LLM evaluation",
    "Bedrock Guardrails",
    "the Model Context Protocol",
    "Strands Agents",
    "prompt caching",
    "embeddings",
    "Amazon Nova",
    "time-series forecasting",
    "computer vision",
];

static CONTAINER_TOPICS: &[&str] = &[
    "Amazon EKS",
    "Amazon ECS",
    "AWS Fargate",
    "Karpenter",
    "Kubernetes",
    "Helm",
    "Argo CD",
    "Flux",
    "Istio",
    "Cilium",
    "Linkerd",
    "AWS App Runner",
    "Amazon ECR",
    "Bottlerocket",
    "EKS Auto Mode",
    "EKS Pod Identity",
    "Kustomize",
    "Crossplane",
    "KEDA",
    "Prometheus",
    "Grafana",
    "OpenTelemetry",
    "containerd",
    "Docker",
    "Podman",
    "Backstage",
    "the Kubernetes Gateway API",
    "Amazon VPC Lattice",
    "ECS Service Connect",
    "Finch",
];

static DEVTOOLS_TOPICS: &[&str] = &[
    "AWS CDK",
    "AWS CloudFormation",
    "Terraform",
    "OpenTofu",
    "Pulumi",
    "projen",
    "AWS CodePipeline",
    "AWS CodeBuild",
    "GitHub Actions",
    "GitLab CI",
    "the AWS CLI",
    "the AWS SDK for JavaScript",
    "the AWS SDK for Rust",
    "Boto3",
    "Amazon Q Developer",
    "Kiro",
    "AWS Amplify",
    "the AWS Toolkit for VS Code",
    "LocalStack",
    "Smithy",
    "AWS CloudShell",
    "CloudFormation Guard",
    "cfn-lint",
    "AWS Infrastructure Composer",
    "Dev Containers",
    "Nix",
    "Bazel",
    "pre-commit hooks",
    "TypeScript",
    "Rust",
    "Go",
];

static SECURITY_TOPICS: &[&str] = &[
    "AWS IAM",
    "IAM Identity Center",
    "AWS Organizations",
    "service control policies",
    "AWS KMS",
    "AWS Secrets Manager",
    "Amazon GuardDuty",
    "AWS Security Hub",
    "Amazon Inspector",
    "Amazon Macie",
    "Amazon Detective",
    "AWS WAF",
    "AWS Shield",
    "AWS Network Firewall",
    "AWS Config",
    "AWS CloudTrail",
    "Amazon Security Lake",
    "IAM Access Analyzer",
    "Amazon Verified Permissions",
    "Cedar",
    "AWS Verified Access",
    "AWS Control Tower",
    "AWS Private CA",
    "Nitro Enclaves",
    "Open Policy Agent",
    "Prowler",
    "Sigstore",
    "SBOMs",
    "the OWASP Top 10",
    "threat modeling",
    "incident response",
];

/// Real technologies each specialization writes and talks about, substituted for `{topic}`.
pub fn topics(specialization: &str) -> &'static [&'static str] {
    match specialization {
        "serverless" => SERVERLESS_TOPICS,
        "data" => DATA_TOPICS,
        "machine-learning" => ML_TOPICS,
        "container" => CONTAINER_TOPICS,
        "devtools" => DEVTOOLS_TOPICS,
        "security" => SECURITY_TOPICS,
        _ => COMMUNITY_TOPICS,
    }
}

/// Conferences, summits and meetups where heroes give talks.
pub static EVENTS: &[&str] = &[
    "AWS re:Invent",
    "AWS re:Inforce",
    "AWS Summit Berlin",
    "AWS Summit Stockholm",
    "AWS Summit London",
    "AWS Summit Paris",
    "AWS Summit Madrid",
    "AWS Summit Milan",
    "AWS Summit Amsterdam",
    "AWS Summit Warsaw",
    "AWS Summit New York",
    "AWS Summit Washington, DC",
    "AWS Summit Toronto",
    "AWS Summit Mexico City",
    "AWS Summit São Paulo",
    "AWS Summit Johannesburg",
    "AWS Summit Dubai",
    "AWS Summit Tel Aviv",
    "AWS Summit Tokyo",
    "AWS Summit Seoul",
    "AWS Summit Singapore",
    "AWS Summit Mumbai",
    "AWS Summit Jakarta",
    "AWS Summit Sydney",
    "AWS Community Day Lagos",
    "AWS Community Day Nairobi",
    "AWS Community Day Bengaluru",
    "AWS Community Day Pune",
    "AWS Community Day Poland",
    "AWS Community Day DACH",
    "AWS Community Day Nordics",
    "AWS Community Day Turkey",
    "AWS Community Day Colombia",
    "AWS Community Day Argentina",
    "AWS Community Day Philippines",
    "AWS Community Day Vietnam",
    "AWS Community Day Aotearoa",
    "AWS Community Day Mexico",
    "JAWS DAYS",
    "ServerlessDays Milan",
    "ServerlessDays Amsterdam",
    "ServerlessDays ANZ",
    "KubeCon + CloudNativeCon Europe",
    "KubeCon + CloudNativeCon North America",
    "KubeCon + CloudNativeCon India",
    "PyCon APAC",
    "PyCon US",
    "PyData London",
    "FOSDEM",
    "Open Source Summit Europe",
    "DevOpsDays Tel Aviv",
    "DevOpsDays Buenos Aires",
    "GOTO Copenhagen",
    "NDC Oslo",
    "QCon London",
    "OWASP Global AppSec",
    "BSides Cape Town",
    "AWS User Group Pune",
    "AWS User Group Lima",
    "AWS User Group Kraków",
    "AWS User Group Cairo",
    "AWS User Group Seoul",
    "AWS User Group Melbourne",
    "AWS User Group Accra",
    "AWS User Group Montréal",
    "JAWS-UG Osaka",
];

static COMMUNITY_TAGS: &[&str] = &[
    "community",
    "meetups",
    "mentoring",
    "public-speaking",
    "certification",
    "career",
    "diversity",
    "education",
    "writing",
    "podcast",
    "open-source",
    "students",
];

static SERVERLESS_TAGS: &[&str] = &[
    "lambda",
    "serverless",
    "event-driven",
    "step-functions",
    "eventbridge",
    "api-gateway",
    "sqs",
    "iac",
    "observability",
    "cost-optimization",
    "cold-starts",
    "sam",
];

static DATA_TAGS: &[&str] = &[
    "dynamodb",
    "aurora",
    "postgresql",
    "redshift",
    "iceberg",
    "streaming",
    "kafka",
    "analytics",
    "etl",
    "data-lake",
    "sql",
    "data-governance",
];

static ML_TAGS: &[&str] = &[
    "machine-learning",
    "generative-ai",
    "bedrock",
    "sagemaker",
    "mlops",
    "llm",
    "rag",
    "ai-agents",
    "computer-vision",
    "nlp",
    "responsible-ai",
    "pytorch",
];

static CONTAINER_TAGS: &[&str] = &[
    "kubernetes",
    "eks",
    "ecs",
    "fargate",
    "containers",
    "docker",
    "gitops",
    "helm",
    "karpenter",
    "platform-engineering",
    "service-mesh",
    "sre",
];

static DEVTOOLS_TAGS: &[&str] = &[
    "cdk",
    "cloudformation",
    "terraform",
    "iac",
    "ci-cd",
    "developer-experience",
    "cli",
    "sdk",
    "testing",
    "typescript",
    "rust",
    "ai-assistants",
];

static SECURITY_TAGS: &[&str] = &[
    "security",
    "iam",
    "devsecops",
    "compliance",
    "threat-modeling",
    "incident-response",
    "zero-trust",
    "encryption",
    "policy-as-code",
    "guardduty",
    "supply-chain",
    "owasp",
];

/// Tags for contributions per specialization slug: lowercase ASCII letters, digits and hyphens.
pub fn tags(specialization: &str) -> &'static [&'static str] {
    match specialization {
        "serverless" => SERVERLESS_TAGS,
        "data" => DATA_TAGS,
        "machine-learning" => ML_TAGS,
        "container" => CONTAINER_TAGS,
        "devtools" => DEVTOOLS_TAGS,
        "security" => SECURITY_TAGS,
        _ => COMMUNITY_TAGS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashSet};

    /// The `{placeholder}` names used in `text`.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            let end = after.find('}').expect("unclosed placeholder");
            out.push(&after[..end]);
            rest = &after[end + 1..];
        }
        out
    }

    /// Latin letters (including accented ones and Vietnamese) or name punctuation.
    fn is_latin_name_char(c: char) -> bool {
        c.is_ascii_alphabetic()
            || matches!(c, ' ' | '-' | '\'')
            || (c.is_alphabetic() && matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF))
    }

    #[test]
    fn places_cover_the_world() {
        assert!(PLACES.len() >= 90, "{} places", PLACES.len());
        let countries: BTreeSet<&str> = PLACES.iter().map(|p| p.country).collect();
        assert!(countries.len() >= 55, "{} countries", countries.len());
        for p in PLACES {
            assert!(
                p.country.len() == 2 && p.country.bytes().all(|b| b.is_ascii_uppercase()),
                "bad country {:?}",
                p.country
            );
            assert!(!p.city.is_empty());
            assert!(!p.languages.is_empty(), "{} has no languages", p.city);
            let (area, _) = p.timezone.split_once('/').expect("timezone has an area");
            assert!(
                [
                    "Africa",
                    "America",
                    "Asia",
                    "Australia",
                    "Europe",
                    "Pacific"
                ]
                .contains(&area),
                "unexpected timezone {}",
                p.timezone
            );
        }
        for area in [
            "Africa/",
            "America/",
            "Asia/",
            "Australia/",
            "Europe/",
            "Pacific/",
        ] {
            assert!(
                PLACES.iter().any(|p| p.timezone.starts_with(area)),
                "none in {area}"
            );
        }
        let count = |cc: &str| PLACES.iter().filter(|p| p.country == cc).count();
        for (cc, min) in [
            ("US", 8),
            ("IN", 5),
            ("DE", 4),
            ("BR", 3),
            ("JP", 3),
            ("GB", 3),
        ] {
            assert!(count(cc) >= min, "{cc} has {} places", count(cc));
        }
        let cities: HashSet<(&str, &str)> = PLACES.iter().map(|p| (p.city, p.country)).collect();
        assert_eq!(cities.len(), PLACES.len(), "duplicate place");
    }

    #[test]
    fn every_culture_has_enough_names() {
        for p in PLACES {
            assert!(Culture::ALL.contains(&p.culture));
        }
        for &c in Culture::ALL {
            for (kind, names) in [("given", given_names(c)), ("family", family_names(c))] {
                assert!(names.len() >= 12, "{c:?} has {} {kind} names", names.len());
                let unique: HashSet<_> = names.iter().collect();
                assert_eq!(unique.len(), names.len(), "duplicate {kind} name in {c:?}");
                for &(display, latin) in names {
                    assert!(!display.is_empty() && !latin.is_empty());
                    assert!(
                        latin.chars().all(is_latin_name_char),
                        "{c:?} {kind} name {latin:?} is not in Latin script"
                    );
                    if display.chars().all(is_latin_name_char) {
                        assert_eq!(display, latin, "{c:?}: Latin display must equal latin");
                    }
                }
            }
        }
        assert!(
            Culture::ALL
                .iter()
                .all(|&c| { PLACES.iter().any(|p| p.culture == c) })
        );
        assert!(family_first(Culture::Japanese) && family_first(Culture::Hungarian));
        assert!(!family_first(Culture::German));
    }

    #[test]
    fn non_latin_scripts_are_present() {
        for c in [
            Culture::Japanese,
            Culture::Chinese,
            Culture::Korean,
            Culture::Russian,
            Culture::Ukrainian,
            Culture::Arabic,
            Culture::Hebrew,
            Culture::Greek,
            Culture::Thai,
            Culture::Indian,
        ] {
            for &(display, latin) in given_names(c).iter().chain(family_names(c)) {
                assert_ne!(display, latin, "{c:?} should show its native script");
                assert!(!display.chars().any(|ch| ch.is_ascii_alphabetic()));
            }
        }
    }

    #[test]
    fn czech_family_names_follow_gender() {
        assert_eq!(CZECH_FAMILY.len(), CZECH_FAMILY_FEMININE.len());
        for &(given, _) in CZECH_GIVEN {
            let feminine = given.ends_with('a') || given.ends_with('e');
            let name = family_name_for(Culture::Czech, given, CZECH_FAMILY[0]);
            assert_eq!(
                name.0,
                if feminine { "Nováková" } else { "Novák" },
                "{given}"
            );
        }
        for (m, f) in CZECH_FAMILY.iter().zip(CZECH_FAMILY_FEMININE) {
            assert!(m == f || f.0.ends_with('á'), "{m:?} / {f:?}");
        }
        let other = family_name_for(Culture::Polish, "Zofia", POLISH_FAMILY[0]);
        assert_eq!(other, POLISH_FAMILY[0]);
    }

    #[test]
    fn specialization_lists_are_big_enough() {
        assert!(COMPANIES.len() >= 80, "{} companies", COMPANIES.len());
        assert!(BIO_CLOSERS.len() >= 10);
        assert!(EVENTS.len() >= 30, "{} events", EVENTS.len());
        let unique: HashSet<_> = COMPANIES.iter().chain(EVENTS).collect();
        assert_eq!(
            unique.len(),
            COMPANIES.len() + EVENTS.len(),
            "duplicate company or event"
        );
        for slug in SPECIALIZATIONS {
            assert!(headlines(slug).len() >= 12, "{slug} headlines");
            assert!(bio_paragraphs(slug).len() >= 8, "{slug} bios");
            assert!(title_templates(slug).len() >= 40, "{slug} titles");
            assert!(topics(slug).len() >= 25, "{slug} topics");
            assert!(tags(slug).len() >= 10, "{slug} tags");
            for list in [
                headlines(slug),
                bio_paragraphs(slug),
                title_templates(slug),
                topics(slug),
                tags(slug),
            ] {
                let unique: HashSet<_> = list.iter().collect();
                assert_eq!(unique.len(), list.len(), "duplicate entry for {slug}");
            }
        }
        assert_eq!(headlines("nonsense"), headlines("community"));
        assert_eq!(topics("nonsense"), topics("community"));
        assert_eq!(tags(""), tags("community"));
    }

    #[test]
    fn placeholders_are_known() {
        for slug in SPECIALIZATIONS {
            for t in title_templates(slug) {
                assert!(
                    placeholders(t).iter().all(|p| ["topic", "n"].contains(p)),
                    "{t}"
                );
            }
            for b in bio_paragraphs(slug) {
                let used = placeholders(b);
                assert!(used.contains(&"name"), "{b}");
                assert!(
                    used.iter().all(|p| ["name", "city", "years"].contains(p)),
                    "{b}"
                );
                assert!(!b.contains("]("), "bios must not contain links: {b}");
            }
            for text in headlines(slug).iter().chain(topics(slug)) {
                assert!(placeholders(text).is_empty(), "{text}");
            }
        }
        for c in BIO_CLOSERS {
            assert!(
                placeholders(c).iter().all(|p| ["name", "city"].contains(p)),
                "{c}"
            );
        }
    }

    #[test]
    fn tags_are_slugs() {
        for slug in SPECIALIZATIONS {
            for tag in tags(slug) {
                assert!(
                    !tag.is_empty()
                        && !tag.starts_with('-')
                        && !tag.ends_with('-')
                        && tag
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                    "bad tag {tag:?}"
                );
            }
        }
    }
}
