/**
 * The environment for running the AWS CLI against the sandbox: test credentials for `accessKeyId` (the sandbox
 * reads the account from it), no retries, and no config or credentials files from the machine running the tests.
 */
export function awsCliEnv(accessKeyId = "test"): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_MAX_ATTEMPTS: "1",
    AWS_CONFIG_FILE: "/nonexistent/archway-config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/archway-credentials",
    PYTHONWARNINGS: "ignore",
  };
}
