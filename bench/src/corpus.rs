//! A deterministic, clearly fictional corpus with the shape of real content:
//! listings spread over real US metro areas, articles with realistic length,
//! text in ten languages. Never shipped: every record says it is synthetic.

use std::collections::BTreeMap;

use guide_core::model::{
    Access, ArticleDetails, Cost, Details, ListingDetails, LocalizedText, Source, Translation,
};
use guide_core::{PackContent, PackInfo, Record};

/// How much content to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Name shown in reports.
    pub name: &'static str,
    /// Number of listings.
    pub listings: usize,
    /// Number of articles.
    pub articles: usize,
}

/// 20,000 listings and 2,000 articles: a large metro area.
pub const METRO: Scale = Scale {
    name: "metro",
    listings: 20_000,
    articles: 2_000,
};
/// 200,000 listings and 5,000 articles: the whole country.
pub const NATIONAL: Scale = Scale {
    name: "national",
    listings: 200_000,
    articles: 5_000,
};
/// A tiny corpus that runs in seconds, so the bench is exercised by the tests.
pub const SMOKE: Scale = Scale {
    name: "smoke",
    listings: 300,
    articles: 40,
};

/// The ten languages the corpus is written in.
pub const LANGUAGES: [&str; 10] = [
    "en", "es", "zh-Hans", "vi", "ar", "ko", "ru", "fr", "pt", "ht",
];

/// Real metro bounding boxes `(name, region, min_lat, max_lat, min_lon, max_lon)`.
pub const METROS: [(&str, &str, f64, f64, f64, f64); 8] = [
    ("Baltimore", "MD", 39.197, 39.372, -76.711, -76.529),
    ("New York", "NY", 40.496, 40.916, -74.256, -73.700),
    ("Los Angeles", "CA", 33.703, 34.337, -118.668, -118.155),
    ("Chicago", "IL", 41.644, 42.023, -87.940, -87.524),
    ("Houston", "TX", 29.523, 30.111, -95.789, -95.014),
    ("Miami", "FL", 25.709, 25.856, -80.320, -80.139),
    ("Seattle", "WA", 47.495, 47.734, -122.436, -122.236),
    ("Denver", "CO", 39.614, 39.914, -105.110, -104.600),
];

/// Words per language used to write text; real words so tokenisers, stemmers
/// and normalisers do their real work.
const WORDS: [(&str, &[&str]); 10] = [
    (
        "en",
        &[
            "legal",
            "help",
            "free",
            "immigration",
            "lawyer",
            "clinic",
            "rights",
            "work",
            "wages",
            "unpaid",
            "family",
            "visa",
            "asylum",
            "citizenship",
            "bank",
            "account",
            "card",
            "city",
            "office",
            "advice",
            "appointment",
            "walk-in",
            "spanish",
            "interpreter",
            "scam",
            "notary",
            "document",
            "court",
            "hearing",
            "detention",
            "housing",
            "tenant",
            "health",
            "school",
            "children",
            "benefits",
            "report",
            "safety",
            "community",
            "center",
        ],
    ),
    (
        "es",
        &[
            "ayuda",
            "legal",
            "gratis",
            "inmigración",
            "abogado",
            "clínica",
            "derechos",
            "trabajo",
            "salario",
            "pagado",
            "familia",
            "visa",
            "asilo",
            "ciudadanía",
            "banco",
            "cuenta",
            "tarjeta",
            "ciudad",
            "oficina",
            "consejo",
            "cita",
            "documentos",
            "corte",
            "audiencia",
            "detención",
            "vivienda",
            "salud",
            "escuela",
            "niños",
            "beneficios",
            "denunciar",
            "estafa",
            "notario",
            "comunidad",
            "centro",
            "papeles",
            "sueldo",
            "cheque",
            "migra",
            "seguridad",
        ],
    ),
    (
        "zh-Hans",
        &[
            "法律",
            "帮助",
            "免费",
            "移民",
            "律师",
            "诊所",
            "权利",
            "工作",
            "工资",
            "家庭",
            "签证",
            "庇护",
            "公民",
            "银行",
            "账户",
            "城市",
            "办公室",
            "咨询",
            "预约",
            "翻译",
            "诈骗",
            "文件",
            "法院",
            "拘留",
            "住房",
            "健康",
            "学校",
            "儿童",
            "福利",
            "社区",
        ],
    ),
    (
        "vi",
        &[
            "pháp",
            "lý",
            "giúp",
            "đỡ",
            "miễn",
            "phí",
            "di",
            "trú",
            "luật",
            "sư",
            "phòng",
            "khám",
            "quyền",
            "làm",
            "việc",
            "lương",
            "gia",
            "đình",
            "thị",
            "thực",
            "tị",
            "nạn",
            "công",
            "dân",
            "ngân",
            "hàng",
            "tài",
            "khoản",
            "thành",
            "phố",
            "văn",
            "lừa",
            "đảo",
            "tòa",
            "án",
            "sức",
            "khỏe",
            "trường",
            "học",
            "cộng",
        ],
    ),
    (
        "ar",
        &[
            "مساعدة",
            "قانونية",
            "مجانية",
            "الهجرة",
            "محامي",
            "عيادة",
            "حقوق",
            "العمل",
            "الأجور",
            "الأسرة",
            "تأشيرة",
            "اللجوء",
            "الجنسية",
            "بنك",
            "حساب",
            "بطاقة",
            "المدينة",
            "مكتب",
            "استشارة",
            "موعد",
            "مترجم",
            "احتيال",
            "وثائق",
            "المحكمة",
            "احتجاز",
            "السكن",
            "الصحة",
            "المدرسة",
            "الأطفال",
            "المجتمع",
        ],
    ),
    (
        "ko",
        &[
            "법률",
            "도움",
            "무료",
            "이민",
            "변호사",
            "클리닉",
            "권리",
            "일",
            "임금",
            "가족",
            "비자",
            "망명",
            "시민권",
            "은행",
            "계좌",
            "카드",
            "도시",
            "사무실",
            "상담",
            "예약",
            "통역",
            "사기",
            "서류",
            "법원",
            "구금",
            "주거",
            "건강",
            "학교",
            "어린이",
            "지역사회",
        ],
    ),
    (
        "ru",
        &[
            "юридическая",
            "помощь",
            "бесплатно",
            "иммиграция",
            "адвокат",
            "клиника",
            "права",
            "работа",
            "зарплата",
            "семья",
            "виза",
            "убежище",
            "гражданство",
            "банк",
            "счёт",
            "карта",
            "город",
            "офис",
            "консультация",
            "запись",
            "переводчик",
            "мошенничество",
            "документы",
            "суд",
            "задержание",
            "жильё",
            "здоровье",
            "школа",
            "дети",
            "община",
        ],
    ),
    (
        "fr",
        &[
            "aide",
            "juridique",
            "gratuite",
            "immigration",
            "avocat",
            "clinique",
            "droits",
            "travail",
            "salaire",
            "famille",
            "visa",
            "asile",
            "citoyenneté",
            "banque",
            "compte",
            "carte",
            "ville",
            "bureau",
            "conseil",
            "rendez-vous",
            "interprète",
            "arnaque",
            "documents",
            "tribunal",
            "détention",
            "logement",
            "santé",
            "école",
            "enfants",
            "communauté",
        ],
    ),
    (
        "pt",
        &[
            "ajuda",
            "jurídica",
            "gratuita",
            "imigração",
            "advogado",
            "clínica",
            "direitos",
            "trabalho",
            "salário",
            "família",
            "visto",
            "asilo",
            "cidadania",
            "banco",
            "conta",
            "cartão",
            "cidade",
            "escritório",
            "consulta",
            "agendamento",
            "intérprete",
            "golpe",
            "documentos",
            "tribunal",
            "detenção",
            "moradia",
            "saúde",
            "escola",
            "crianças",
            "comunidade",
        ],
    ),
    (
        "ht",
        &[
            "èd",
            "legal",
            "gratis",
            "imigrasyon",
            "avoka",
            "klinik",
            "dwa",
            "travay",
            "salè",
            "fanmi",
            "viza",
            "azil",
            "sitwayènte",
            "bank",
            "kont",
            "kat",
            "vil",
            "biwo",
            "konsèy",
            "randevou",
            "entèprèt",
            "eskwokri",
            "papye",
            "tribinal",
            "detansyon",
            "lojman",
            "sante",
            "lekòl",
            "timoun",
            "kominote",
        ],
    ),
];

/// Opening hours in OSM syntax, as real listings state them.
const HOURS: [&str; 4] = [
    "Mo-Fr 09:00-17:00",
    "Mo-Th 10:00-19:00; Sa 10:00-14:00",
    "Tu,Th 13:00-20:00; PH off",
    "Mo-Fr 08:30-16:30; Sa 09:00-12:00",
];

/// The IANA zone of a metro's state.
fn zone_of(region: &str) -> &'static str {
    match region {
        "CA" | "WA" => "America/Los_Angeles",
        "CO" => "America/Denver",
        "IL" | "TX" => "America/Chicago",
        _ => "America/New_York",
    }
}

/// Syllables for fictional proper names, so names are unique and unreal.
const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ren", "ta", "vo", "zu", "bel", "dor", "fa", "gri", "hal", "jun", "kes",
    "mar", "nol",
];

/// A small deterministic random source (SplitMix64): the corpus depends
/// only on the seed, never on the machine.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The words of `lang`.
pub fn words(lang: &str) -> &'static [&'static str] {
    WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, w)| *w)
        .expect("a corpus language")
}

fn sentence(rng: &mut Rng, lang: &str, len: usize) -> String {
    let words = words(lang);
    let separator = if lang == "zh-Hans" { "" } else { " " };
    (0..len)
        .map(|_| words[rng.below(words.len())])
        .collect::<Vec<_>>()
        .join(separator)
}

/// A fictional proper name such as "Kalomi Renta".
pub fn fictional_name(rng: &mut Rng) -> String {
    let mut word = |n: usize| {
        let mut w: String = (0..n)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        w[..1].make_ascii_uppercase();
        w
    };
    let (a, b) = (word(2), word(2));
    format!("{a} {b}")
}

fn text(
    title: String,
    summary: String,
    body: String,
    tags: Vec<String>,
    original: bool,
) -> LocalizedText {
    LocalizedText {
        title,
        summary,
        body,
        tags,
        translation: if original {
            Translation::Original
        } else {
            Translation::Translated
        },
        reviewer: None,
    }
}

fn synthetic_source() -> Source {
    Source {
        key: "synthetic-benchmark-corpus".into(),
        title: "Synthetic benchmark corpus: fictional, generated, not real content".into(),
        publisher: "guide-bench".into(),
        url: None,
        published: None,
        checked_on: "2026-11-26".into(),
    }
}

const CATEGORIES: [&str; 7] = [
    "legal-clinic",
    "recognized-organization",
    "bank-on-partner",
    "immigrant-affairs-office",
    "municipal-id",
    "worker-center",
    "hotline",
];

const TOPICS: [&str; 8] = [
    "legal-help",
    "wage-theft",
    "rights-at-work",
    "notario-fraud",
    "banking",
    "municipal-id",
    "detention",
    "rights-at-home",
];

/// Generates the corpus for `scale` from `seed`.
pub fn generate(scale: Scale, seed: u64) -> PackContent {
    let mut rng = Rng::new(seed);
    let mut records = Vec::with_capacity(scale.listings + scale.articles);
    for i in 0..scale.listings {
        let (city, region, min_lat, max_lat, min_lon, max_lon) = METROS[rng.below(METROS.len())];
        let name = fictional_name(&mut rng);
        let category = CATEGORIES[rng.below(CATEGORIES.len())];
        let mut texts = BTreeMap::new();
        // Listings: English plus Spanish and one more language, as directories are.
        let extra = LANGUAGES[2 + rng.below(LANGUAGES.len() - 2)];
        for lang in ["en", "es", extra] {
            let title = format!("{name} {}", sentence(&mut rng, lang, 3));
            let summary = sentence(&mut rng, lang, 18);
            let tags = (0..3).map(|_| sentence(&mut rng, lang, 1)).collect();
            texts.insert(
                lang.to_string(),
                text(title, summary, String::new(), tags, lang == "en"),
            );
        }
        records.push(Record {
            id: format!("synthetic-listing-{i}"),
            topics: vec![TOPICS[rng.below(TOPICS.len())].to_string()],
            texts,
            sources: vec![synthetic_source()],
            verified_on: "2026-11-26".into(),
            expires_on: None,
            details: Details::Listing(ListingDetails {
                category: category.into(),
                city: Some(city.into()),
                region: Some(region.into()),
                country: Some("US".into()),
                address: Some(format!("{} Fictional Ave", 100 + rng.below(9_900))),
                phone: Some(format!("555-01{:02}", rng.below(100))),
                website: None,
                latitude: Some(min_lat + rng.unit() * (max_lat - min_lat)),
                longitude: Some(min_lon + rng.unit() * (max_lon - min_lon)),
                established: None,
                languages_spoken: ["en", "es", extra].iter().map(|l| l.to_string()).collect(),
                cost: Some([Cost::Free, Cost::SlidingScale, Cost::Low][rng.below(3)]),
                access: vec![[Access::WalkIn, Access::Appointment][rng.below(2)]],
                wheelchair_access: Some(rng.below(2) == 0),
                opening_hours: Some(HOURS[rng.below(HOURS.len())].to_string()),
                time_zone: Some(zone_of(region).to_string()),
                ..Default::default()
            }),
        });
    }
    for i in 0..scale.articles {
        let topic = TOPICS[rng.below(TOPICS.len())];
        let mut texts = BTreeMap::new();
        for lang in LANGUAGES {
            let title = sentence(&mut rng, lang, 6);
            let summary = sentence(&mut rng, lang, 25);
            // 250–450 words in paragraphs, like the real articles.
            let paragraphs = 5 + rng.below(4);
            let body = (0..paragraphs)
                .map(|_| sentence(&mut rng, lang, 50))
                .collect::<Vec<_>>()
                .join("\n\n");
            let tags = (0..5).map(|_| sentence(&mut rng, lang, 1)).collect();
            texts.insert(
                lang.to_string(),
                text(title, summary, body, tags, lang == "en"),
            );
        }
        records.push(Record {
            id: format!("synthetic-article-{i}"),
            topics: vec![topic.to_string()],
            texts,
            sources: vec![synthetic_source()],
            verified_on: "2026-11-26".into(),
            expires_on: None,
            details: Details::Article(ArticleDetails::default()),
        });
    }
    PackContent {
        info: PackInfo {
            pack_id: format!("bench-synthetic-{}", scale.name),
            publisher: "guide-bench (synthetic, fictional)".into(),
            version: 1,
            source_language: "en".into(),
            languages: LANGUAGES.iter().map(|l| l.to_string()).collect(),
            area: Some("Fictional corpus over real US metro bounding boxes".into()),
            expires: None,
        },
        records,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_is_deterministic_and_labelled() {
        let a = generate(SMOKE, 7);
        let b = generate(SMOKE, 7);
        assert_eq!(a, b);
        assert_ne!(a, generate(SMOKE, 8));
        assert_eq!(a.records.len(), SMOKE.listings + SMOKE.articles);
        assert!(
            a.records
                .iter()
                .all(|r| r.sources[0].title.contains("fictional"))
        );
    }
}
