"""Pure domain: value types, validation rules and outcome figures. Imports no Qt, SQLAlchemy or HTTP."""
