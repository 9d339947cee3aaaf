/** The widget's version, sent to the platform as `X-Client: miptech-chat/<version>`. */
export const VERSION = '0.1.0';
