// Deliberately off the project's format (for the "format_rejects_a_deviation" test): the
// checker must fail on it. Not compiled.
int deviation( int x ){return x+1;}
