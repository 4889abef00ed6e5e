/* outro.js: closes the function scope intro.js opened; root is the page's window. */
})(this);
