// A fragment, not a statement: an aggregate's group key when it groups by a property of its members n, named as
// data ($groupProperty, a property of the model).
n[$groupProperty]
