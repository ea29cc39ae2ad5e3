module github.com/sciport/sciport/bindings/go

go 1.21
