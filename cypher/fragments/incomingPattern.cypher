// A fragment, not a statement: outgoingPattern the other way, a relationship of one type from {{far}} to {{near}}.
{{near}}<-[{{r}}:{{type}}]-{{far}}
