//! The help listed beside an article: listings of the categories that help
//! with it (its `related_categories`: notario fraud → recognized
//! organizations and legal clinics, wage theft → worker centres…).

use super::Guide;
use crate::directory::{self, NearbyHit, NearbyOptions};
use crate::error::Result;
use crate::geo::Locality;
use crate::model::Details;
use crate::view::{RecordView, RelatedHelp};

impl Guide {
    /// At most `limit` listings of the categories that help with the
    /// article `view` (its `related_categories`; none for a listing): near
    /// `place` (local, then statewide, nearest first) when one is given,
    /// and at most `limit` serving the whole country either way, in the
    /// person's languages.
    pub fn related_help(
        &self,
        view: &RecordView,
        place: Option<&Locality>,
        limit: usize,
    ) -> Result<RelatedHelp> {
        let Details::Article(article) = &view.record.details else {
            return Ok(RelatedHelp::default());
        };
        let now = self.clock.now();
        let options = |category: &String| NearbyOptions {
            languages: self.languages.clone(),
            radius_km: directory::nearby::DEFAULT_RADIUS_KM,
            limit,
            filters: directory::Filters {
                category: Some(category.clone()),
                ..directory::Filters::default()
            },
            now,
        };
        let mut near = Vec::new();
        let mut national = Vec::new();
        for category in &article.related_categories {
            let options = options(category);
            match place {
                Some(place) => {
                    let found = self.nearby_place(place, &options)?;
                    near.extend(found.local.into_iter().chain(found.serving));
                    near.extend(found.statewide);
                    national.extend(found.national);
                }
                None => national.extend(directory::nearby::national(&self.store(), &options)?),
            }
        }
        let far = |hit: &NearbyHit| hit.status.distance_km.unwrap_or(f64::INFINITY);
        near.sort_by(|a, b| far(a).total_cmp(&far(b)).then_with(|| a.id.cmp(&b.id)));
        let mut seen = std::collections::HashSet::new();
        near.retain(|hit| seen.insert(hit.id.clone()));
        near.truncate(limit);
        national.sort_by(|a, b| a.id.cmp(&b.id));
        national.retain(|hit| seen.insert(hit.id.clone()));
        national.truncate(limit);
        Ok(RelatedHelp {
            place: place.cloned(),
            near,
            national,
        })
    }
}
