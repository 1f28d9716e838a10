// Stand-in for the `server-only` package in tests (its real entry throws outside React Server Components).
export {};
