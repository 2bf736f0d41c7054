// ESLint for the graph page's script (kg/page/static/page.js): a classic
// browser script, inlined into the page, that uses vis-network's global `vis`.
// Run: npm ci && npx eslint kg/page/static
import js from "@eslint/js";
import globals from "globals";

// what would turn graph text into markup or code (the page builds its DOM
// with textContent only; tests/test_viz.py checks the same)
const MARKUP = "put text in with textContent; the page never parses markup";

export default [
  js.configs.recommended,
  {
    files: ["kg/page/static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser, vis: "readonly" },
    },
    rules: {
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      strict: ["error", "function"],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: MARKUP },
        { property: "outerHTML", message: MARKUP },
        { property: "insertAdjacentHTML", message: MARKUP },
        { object: "document", property: "write", message: MARKUP },
      ],
    },
  },
];
