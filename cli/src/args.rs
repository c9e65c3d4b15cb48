//! The command line: every command, argument and its parser (clap).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use guide_core::directory::Filters;
use guide_core::geo::Location;
use guide_core::model::{
    AcceptedId, Access, AccountFeature, Accreditation, CaseType, Cost, Vocabulary,
};
use guide_core::share::ShareFormat;

/// Resident Guide: know-your-rights guides, scam warnings and where to get
/// help, searchable offline in your language.
#[derive(Debug, Parser)]
#[command(name = "guide", version)]
pub struct Cli {
    /// Where the guide keeps its local store (default: the platform's data
    /// directory, e.g. ~/.local/share/resident-guide).
    #[arg(long, global = true, env = "GUIDE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search every installed pack.
    Search {
        /// What to look for, in any language; typed as it comes.
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Your language (BCP 47 tag, e.g. es, zh-Hant); results fall back to English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        /// At most this many results.
        #[arg(long, default_value_t = 10, value_name = "N")]
        limit: usize,
        /// A place to search near for this search only (nothing is stored):
        /// listings near it rank up and show their distance.
        #[command(flatten)]
        place: PlaceArgs,
        #[command(flatten)]
        filters: FilterArgs,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Type-ahead: treat the last word as still being typed, so it also
        /// matches the words it starts.
        #[arg(long)]
        prefix: bool,
    },
    /// Print the apps' UI strings in a language (what translators check).
    Strings {
        /// The language (BCP 47 tag); negotiated as the apps do, ending in English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        /// Print only this message (e.g. search-results-count).
        key: Option<String>,
        /// Fill a variable, e.g. --arg count=3 (numbers pick plural forms); repeatable.
        #[arg(long = "arg", value_name = "NAME=VALUE", value_parser = crate::strings::parse_arg)]
        args: Vec<(String, guide_core::i18n::UiArg)>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one article or listing in full.
    Show {
        /// The record's id, as search prints it.
        id: String,
        /// Your language (BCP 47 tag); falls back to English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        /// A place to list the nearest related help from, for this call only
        /// (nothing is stored); without one, help serving the whole country.
        #[command(flatten)]
        place: PlaceArgs,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The listings nearest a place, without GPS: give a point, a ZIP code or
    /// a city. The place is looked up offline and never stored.
    Nearby {
        /// Where to search from (one of --near, --zip, --city is required).
        #[command(flatten)]
        place: PlaceArgs,
        /// Offices within this many kilometres (listings whose service area
        /// covers the place count at any distance).
        #[arg(long, default_value_t = guide_core::directory::nearby::DEFAULT_RADIUS_KM, value_name = "R")]
        radius_km: f64,
        /// At most this many results.
        #[arg(long, default_value_t = 10, value_name = "N")]
        limit: usize,
        /// Your language (BCP 47 tag); falls back to English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        #[command(flatten)]
        filters: FilterArgs,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Share a listing or article: text, SMS, vCard, geo:/tel: URI or QR code.
    Share {
        /// The record's id.
        id: String,
        /// text, sms, vcard, geo, tel, qr (terminal) or qr-svg.
        #[arg(long, default_value = "text", value_parser = parse_format, value_name = "FORMAT")]
        format: ShareFormat,
        /// Your language (BCP 47 tag); falls back to English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        /// Print one JSON object instead of the content.
        #[arg(long)]
        json: bool,
    },
    /// Installed content packs: install, list, remove, export.
    #[command(subcommand)]
    Packs(PacksCommand),
    /// Pack files for publishers: build, verify, inspect.
    #[command(subcommand)]
    Pack(PackCommand),
    /// Make a publisher key pair (the secret key file is private: mode 0600).
    Keygen {
        /// Directory to write NAME.key and NAME.pub into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// File name for the pair.
        #[arg(long, default_value = "publisher")]
        name: String,
    },
    /// Which keys may publish which packs on this device.
    #[command(subcommand)]
    Trust(TrustCommand),
}

#[derive(Debug, Subcommand)]
pub enum PacksCommand {
    /// Verify a pack file and install it; a refused file changes nothing.
    Install {
        /// The pack file.
        file: PathBuf,
    },
    /// List installed packs, with stale ones marked.
    List {
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Remove an installed pack and exactly its records.
    Remove {
        /// The pack's id.
        pack_id: String,
    },
    /// Write an installed pack's file out unchanged, to hand to another phone.
    Export {
        /// The pack's id.
        pack_id: String,
        /// Where to write it.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Validate sources and build a signed pack file.
    Build {
        /// The pack's source folder (pack.toml, sources.toml, articles/, listings/).
        src_dir: PathBuf,
        /// The pack file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The publisher's secret key file.
        #[arg(long, value_name = "SECRET_KEY")]
        key: PathBuf,
        /// Version to write instead of pack.toml's.
        #[arg(long, value_name = "N")]
        version: Option<u64>,
        /// First day the content counts as stale (default: pack.toml's `expires`, else one year from today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        expires: Option<String>,
        /// The root-signed delegation of this key, carried in the pack.
        #[arg(long, value_name = "FILE")]
        delegation: Option<PathBuf>,
    },
    /// Check a pack file: signature, hash, limits and every record.
    Verify {
        /// The pack file.
        file: PathBuf,
        /// Require this signer (public key file or `RGPK …`) instead of this device's trust store.
        #[arg(long, value_name = "PUBLIC_KEY")]
        trust: Option<String>,
    },
    /// Show what a pack file says about itself.
    Inspect {
        /// The pack file.
        file: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Trust a publisher key on this device for some pack ids (development, tests, pilots).
    Add {
        /// Public key file or `RGPK …` text.
        public_key: String,
        /// Pack ids or prefixes it may sign, comma-separated.
        #[arg(long, value_name = "PREFIX", value_delimiter = ',', required = true)]
        packs: Vec<String>,
    },
    /// Take in a root-signed delegation or revocation.
    Import {
        /// The statement file.
        file: PathBuf,
    },
    /// (Root holders) sign a delegation of a publisher key.
    Delegate {
        /// The root's secret key file.
        #[arg(long, value_name = "SECRET_KEY")]
        root_key: PathBuf,
        /// The publisher's public key file or `RGPK …` text.
        #[arg(long, value_name = "PUBLIC_KEY")]
        publisher: String,
        /// Who holds the key.
        #[arg(long)]
        name: String,
        /// Pack ids or prefixes it may sign, comma-separated.
        #[arg(long, value_name = "PREFIX", value_delimiter = ',', required = true)]
        packs: Vec<String>,
        /// First day the delegation no longer holds.
        #[arg(long, value_name = "YYYY-MM-DD")]
        expires: String,
        /// Higher than any earlier statement about this key.
        #[arg(long)]
        serial: u64,
        /// Where to write the statement.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// (Root holders) sign a revocation of a publisher key.
    Revoke {
        /// The root's secret key file.
        #[arg(long, value_name = "SECRET_KEY")]
        root_key: PathBuf,
        /// The publisher's public key file or `RGPK …` text.
        #[arg(long, value_name = "PUBLIC_KEY")]
        publisher: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Higher than any earlier statement about this key.
        #[arg(long)]
        serial: u64,
        /// Where to write the statement.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// Where to search from; at most one.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct PlaceArgs {
    /// Near this place: a ZIP code, a city ("Baltimore, MD", "NYC",
    /// "Chicago") or a point LAT,LON in degrees (e.g. 39.29,-76.61).
    #[arg(long, value_name = "ZIP|CITY|LAT,LON", value_parser = parse_place, allow_hyphen_values = true)]
    near: Option<Location>,
    /// Near this five-digit US ZIP code.
    #[arg(long, value_name = "ZIP", value_parser = parse_zip)]
    zip: Option<String>,
    /// Near this US city or town: "NAME, ST" (e.g. "Baltimore, MD"), or the
    /// name alone when one large city has it ("Chicago", "NYC", "Brooklyn").
    #[arg(long, value_name = "CITY", value_parser = parse_city)]
    city: Option<Location>,
}

impl PlaceArgs {
    /// The place given, if any.
    pub fn location(&self) -> Option<Location> {
        self.near
            .clone()
            .or_else(|| self.zip.clone().map(Location::Zip))
            .or_else(|| self.city.clone())
    }
}

/// Listing filters (the same for search and nearby).
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only listings of this category (e.g. legal-clinic, bank-on-partner).
    #[arg(long, value_name = "C")]
    category: Option<String>,
    /// Only listings whose staff speak this language (BCP 47 tag; repeat for all of several).
    #[arg(long = "lang-spoken", value_name = "TAG")]
    lang_spoken: Vec<String>,
    /// Only free services (the same as --cost free).
    #[arg(long)]
    free: bool,
    /// Only these costs, any of them: free, sliding-scale, low-cost.
    #[arg(long, value_name = "COST", value_parser = vocabulary::<Cost>)]
    cost: Vec<Cost>,
    /// Only listings taking this case type (repeat for all of several): removal-defense,
    /// asylum, daca, tps, naturalization, family-petitions, u-visa, t-visa, vawa, detention.
    #[arg(long = "case-type", value_name = "TYPE", value_parser = vocabulary::<CaseType>)]
    case_type: Vec<CaseType>,
    /// Only listings with this accreditation, any of several: doj-recognized-organization,
    /// accredited-representative, attorney.
    #[arg(long, value_name = "A", value_parser = vocabulary::<Accreditation>)]
    accreditation: Vec<Accreditation>,
    /// Only banks accepting this ID (repeat for all of several): itin, matricula-consular,
    /// foreign-passport, municipal-id.
    #[arg(long = "accepts-id", value_name = "ID", value_parser = vocabulary::<AcceptedId>)]
    accepts_id: Vec<AcceptedId>,
    /// Only accounts with this feature (repeat for all): no-overdraft-fees, low-or-no-monthly-fee.
    #[arg(long = "account-feature", value_name = "F", value_parser = vocabulary::<AccountFeature>)]
    account_feature: Vec<AccountFeature>,
    /// Only places a source says are wheelchair accessible.
    #[arg(long)]
    wheelchair: bool,
    /// Only places that take walk-ins.
    #[arg(long = "walk-in")]
    walk_in: bool,
    /// Only places that see people by appointment.
    #[arg(long)]
    appointment: bool,
    /// Only places open now (by their stated hours, in their time zone).
    #[arg(long = "open-now")]
    open_now: bool,
}

impl FilterArgs {
    /// The filters given, "open now" meaning at `now`.
    pub fn filters(&self, now: jiff::Timestamp) -> Filters {
        let mut cost = self.cost.clone();
        if self.free && !cost.contains(&Cost::Free) {
            cost.push(Cost::Free);
        }
        let mut access = Vec::new();
        if self.walk_in {
            access.push(Access::WalkIn);
        }
        if self.appointment {
            access.push(Access::Appointment);
        }
        Filters {
            category: self.category.clone(),
            languages_spoken: self.lang_spoken.clone(),
            cost,
            case_types: self.case_type.clone(),
            accreditation: self.accreditation.clone(),
            accepted_ids: self.accepts_id.clone(),
            account_features: self.account_feature.clone(),
            wheelchair_access: self.wheelchair,
            access,
            open_at: self.open_now.then_some(now),
        }
    }
}

fn vocabulary<T: Vocabulary>(text: &str) -> Result<T, String> {
    T::parse(text).ok_or_else(|| format!("expected one of: {}", T::names()))
}

fn parse_place(text: &str) -> Result<Location, String> {
    Location::parse(text).ok_or_else(|| {
        "expected a ZIP code, a city or LAT,LON, e.g. 21202 or \"Baltimore, MD\"".into()
    })
}

fn parse_zip(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()) {
        Ok(text.to_string())
    } else {
        Err("expected a five-digit ZIP code".into())
    }
}

fn parse_city(text: &str) -> Result<Location, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("expected a city, e.g. \"Baltimore, MD\" or \"Chicago\"".into());
    }
    Ok(Location::city(text).unwrap_or_else(|| Location::Named(text.to_string())))
}

fn parse_format(text: &str) -> Result<ShareFormat, String> {
    ShareFormat::parse(text).ok_or_else(|| {
        let names: Vec<&str> = ShareFormat::ALL.iter().map(|f| f.as_str()).collect();
        format!("expected one of: {}", names.join(", "))
    })
}
