/** System 4's public entry (shared rules): 服务对象评价. Built in issue 14. */
export {};
