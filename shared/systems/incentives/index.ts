/** System 3's public entry (shared rules): 激励奖励. Built in issue 13. */
export {};
