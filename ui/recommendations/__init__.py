"""The Recommendations area: drafts, versions, amendments, merges, the final wording."""
