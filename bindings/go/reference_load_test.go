package sciport

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// referenceFile holds one decoded file of tests/reference, read once.
type referenceFile[T any] struct {
	once sync.Once
	data T
	err  error
}

// load reads and decodes path on first use; outside the repository (the
// module used on its own) the test skips, inside it a missing file fails.
func (r *referenceFile[T]) load(t *testing.T, path string) T {
	t.Helper()
	r.once.Do(func() {
		raw, err := os.ReadFile(path)
		if err != nil {
			r.err = err
			return
		}
		r.err = json.Unmarshal(raw, &r.data)
	})
	if errors.Is(r.err, os.ErrNotExist) {
		if _, e := os.Stat(filepath.Join("..", "..", "Cargo.toml")); errors.Is(e, os.ErrNotExist) {
			t.Skip("reference data not available outside the sciport repository")
		}
	}
	if r.err != nil {
		t.Fatalf("reading %s: %v", path, r.err)
	}
	return r.data
}

// caseFile is a reference file of cases of type C and the SciPy version
// that produced them.
type caseFile[C any] struct {
	Scipy string `json:"scipy"`
	Cases []C    `json:"cases"`
}

// namedFunc is a reference case that names the SciPy function it checks.
type namedFunc interface{ funcName() string }

// casesOf returns the cases of all that check function fn, failing the test
// when there are none (a renamed or dropped case must not pass silently).
func casesOf[C namedFunc](t *testing.T, all []C, fn, path string) []C {
	t.Helper()
	var out []C
	for _, c := range all {
		if c.funcName() == fn {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no %s cases in %s", fn, path)
	}
	return out
}
