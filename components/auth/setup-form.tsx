"use client";

import { useState } from "react";
import { setupFirstAdminAction } from "@/lib/actions/auth/setup-first-admin";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";

export function SetupForm() {
  const [values, setValues] = useState({ setupToken: "", email: "", name: "", password: "" });
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues((old) => ({ ...old, [key]: event.target.value }));
  const { submit, pending, fieldErrors, formError } = useActionSubmit(setupFirstAdminAction, ({ redirectTo }) => {
    // A full load starts the signed-in shell fresh, with no router cache from before the session.
    window.location.assign(redirectTo);
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit(values);
      }}
    >
      <FormAlert message={formError} />
      <Field
        label="Setup token"
        errors={fieldErrors.setupToken}
        hint={
          <>
            Printed in the terminal where the console started; also saved in <code>.archway/setup-token</code>.
          </>
        }
      >
        {(control) => <Input {...control} value={values.setupToken} onChange={set("setupToken")} autoComplete="off" spellCheck={false} className="font-mono" autoFocus />}
      </Field>
      <Field label="Your name" errors={fieldErrors.name}>
        {(control) => <Input {...control} value={values.name} onChange={set("name")} autoComplete="name" />}
      </Field>
      <Field label="Email" errors={fieldErrors.email}>
        {(control) => <Input {...control} type="email" value={values.email} onChange={set("email")} autoComplete="username" />}
      </Field>
      <Field label="Password" errors={fieldErrors.password} hint="At least 12 characters.">
        {(control) => <Input {...control} type="password" value={values.password} onChange={set("password")} autoComplete="new-password" />}
      </Field>
      <Button type="submit" variant="primary" pending={pending} className="mt-1 w-full">
        Create admin account
      </Button>
    </form>
  );
}
