export declare const SERVER_ACTION_BODY_LIMIT: string;
export declare const SERVER_ACTION_BODY_LIMIT_BYTES: number;
