package techniques

//go:generate go run -tags omt_nogen ./internal/gencatalog catalog_gen.go
