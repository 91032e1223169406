/** The public entry of System 4 (服务对象评价) (renderer). Nothing to offer until it is built. */
export {};
