/** The public entry of System 3 (激励奖励) (renderer). Nothing to offer until it is built. */
export {};
