/** Version of the engine code (not of the rules); stored with every assessment for audit. */
export const ENGINE_VERSION = '1.0.0';
