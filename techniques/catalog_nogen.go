//go:build omt_nogen

package techniques

// generatedCatalog is absent in omt_nogen builds, used to run the generator
// when catalog_gen.go is stale: Load then reads the YAML instead.
func generatedCatalog() *Catalog { return nil }
