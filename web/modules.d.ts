// Cytoscape extensions without types of their own: each registers itself with cytoscape.use().
declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}
declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}
